package dev.quarry.query;

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
 * @since 0.1.0
 */
public record SelectModel(boolean distinct, List<Field<?>> select, List<TableSource> from, List<Join> joins,
        Condition where, List<Field<?>> groupBy, Condition having, List<SortField> orderBy, Field<Long> limit,
        Field<Long> offset, Lock lock) implements Node {

    public SelectModel {
        select = List.copyOf(select);
        from = List.copyOf(from);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A SELECT of these expressions with no other clause. */
    public static SelectModel of(boolean distinct, List<Field<?>> select) {
        return new SelectModel(distinct, select, List.of(), List.of(), null, List.of(), null, List.of(), null, null,
                Lock.NONE);
    }

    public SelectModel withFrom(List<TableSource> value) {
        return new SelectModel(distinct, select, value, joins, where, groupBy, having, orderBy, limit, offset, lock);
    }

    public SelectModel withJoin(Join join) {
        return new SelectModel(distinct, select, from, append(joins, join), where, groupBy, having, orderBy, limit,
                offset, lock);
    }

    public SelectModel withWhere(Condition value) {
        return new SelectModel(distinct, select, from, joins, value, groupBy, having, orderBy, limit, offset, lock);
    }

    public SelectModel withGroupBy(List<Field<?>> value) {
        return new SelectModel(distinct, select, from, joins, where, value, having, orderBy, limit, offset, lock);
    }

    public SelectModel withHaving(Condition value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, value, orderBy, limit, offset, lock);
    }

    public SelectModel withOrderBy(List<SortField> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, value, limit, offset, lock);
    }

    public SelectModel withLimit(Field<Long> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, value, offset, lock);
    }

    public SelectModel withOffset(Field<Long> value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, value, lock);
    }

    public SelectModel withLock(Lock value) {
        return new SelectModel(distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset, value);
    }

    public SelectModel withDistinct(boolean value) {
        return new SelectModel(value, select, from, joins, where, groupBy, having, orderBy, limit, offset, lock);
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
