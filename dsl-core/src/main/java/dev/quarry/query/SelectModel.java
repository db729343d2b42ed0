package dev.quarry.query;

import dev.quarry.CommonTableExpression;
import dev.quarry.Condition;
import dev.quarry.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable model of a SELECT. Every {@code withX} returns a new value.
 *
 * @param distinct whether SELECT DISTINCT
 * @param select   the selected expressions; empty means {@code SELECT 1}
 * @param from     the FROM items (empty: no FROM)
 * @param joins    the joins after the FROM items
 * @param where    the WHERE condition or null
 * @param groupBy  the GROUP BY expressions
 * @param having   the HAVING condition or null
 * @param orderBy  the ORDER BY items
 * @param limit    the LIMIT (a bound value or parameter) or null
 * @param offset   the OFFSET or null
 * @param lock     the row lock
 * @param with     the common table expressions declared before this SELECT ({@code WITH a AS (...), ...}),
 *                 those it depends on first
 * @param setOperations the members after this one in a compound SELECT ({@code UNION ...}); when there are
 *                 any, {@code orderBy}, {@code limit} and {@code offset} apply to the whole result
 * @since 0.1.0
 */
public record SelectModel(boolean distinct, List<Field<?>> select, List<TableSource> from, List<Join> joins,
        Condition where, List<Field<?>> groupBy, Condition having, List<SortField> orderBy, Field<Long> limit,
        Field<Long> offset, Lock lock, List<CommonTableExpression> with, List<SetOperation> setOperations)
        implements Node {

    public SelectModel {
        select = List.copyOf(select);
        from = List.copyOf(from);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        with = List.copyOf(with);
        setOperations = List.copyOf(setOperations);
    }

    /** The model as it was before CTEs and set operations, for code written against it. */
    public SelectModel(boolean distinct, List<Field<?>> select, List<TableSource> from, List<Join> joins,
            Condition where, List<Field<?>> groupBy, Condition having, List<SortField> orderBy, Field<Long> limit,
            Field<Long> offset, Lock lock) {
        this(distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset, lock, List.of(),
                List.of());
    }

    /** A SELECT of these expressions with no other clause. */
    public static SelectModel of(boolean distinct, List<Field<?>> select) {
        return new SelectModel(distinct, select, List.of(), List.of(), null, List.of(), null, List.of(), null, null,
                Lock.NONE);
    }

    /** True if this is a compound SELECT ({@code UNION}, {@code INTERSECT}, {@code EXCEPT}). */
    public boolean isCompound() {
        return !setOperations.isEmpty();
    }

    /** A copy with these CTEs declared before it. */
    public SelectModel withWith(List<CommonTableExpression> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset, lock,
                value, setOperations);
    }

    /** A copy with one more member of a compound SELECT. */
    public SelectModel withSetOperation(SetOperation op) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset, lock,
                with, append(setOperations, op));
    }

    public SelectModel withFrom(List<TableSource> value) {
        return new SelectModel(distinct, select, value, joins, where, groupBy, having, orderBy, limit, offset, lock,
                with, setOperations);
    }

    public SelectModel withJoin(Join join) {
        return new SelectModel(distinct, select, from, append(joins, join), where, groupBy, having, orderBy, limit,
                offset, lock, with, setOperations);
    }

    public SelectModel withWhere(Condition value) {
        return new SelectModel(distinct, select, from, joins, value, groupBy, having, orderBy, limit, offset, lock,
                with, setOperations);
    }

    public SelectModel withGroupBy(List<Field<?>> value) {
        return new SelectModel(distinct, select, from, joins, where, value, having, orderBy, limit, offset, lock,
                with, setOperations);
    }

    public SelectModel withHaving(Condition value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, value, orderBy, limit, offset, lock,
                with, setOperations);
    }

    public SelectModel withOrderBy(List<SortField> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, value, limit, offset, lock,
                with, setOperations);
    }

    public SelectModel withLimit(Field<Long> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, value, offset, lock,
                with, setOperations);
    }

    public SelectModel withOffset(Field<Long> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, value, lock,
                with, setOperations);
    }

    public SelectModel withLock(Lock value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset, value,
                with, setOperations);
    }

    public SelectModel withDistinct(boolean value) {
        return new SelectModel(value, select, from, joins, where, groupBy, having, orderBy, limit, offset, lock,
                with, setOperations);
    }

    /** Every table source of the FROM clause and its joins, in order. */
    public List<TableSource> sources() {
        List<TableSource> all = new ArrayList<>(from);
        for (Join j : joins) {
            all.add(j.table());
        }
        return all;
    }

    static <E> List<E> append(List<E> list, E e) {
        List<E> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(e);
        return copy;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSelect(this);
    }
}
