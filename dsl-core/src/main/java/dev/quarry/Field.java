package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Aliased;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.Between;
import dev.quarry.query.Comparison;
import dev.quarry.query.ConstantCondition;
import dev.quarry.query.InList;
import dev.quarry.query.InSubquery;
import dev.quarry.query.Like;
import dev.quarry.query.Node;
import dev.quarry.query.NullCheck;
import dev.quarry.query.PatternMatch;
import dev.quarry.query.Quantified;
import dev.quarry.query.QuantifiedComparison;
import dev.quarry.query.SortField;
import dev.quarry.query.Sortable;
import dev.quarry.query.Val;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A typed SQL expression: a column, a bound value, a function call, an arithmetic expression... Every
 * method returns a new immutable value.
 *
 * @param <T> the Java type of the expression's values
 * @since 0.1.0
 */
public interface Field<T> extends Node, Sortable {

    /** The SQL type of this expression. */
    SqlType<T> type();

    /**
     * The name a result column of this expression has: the column name of a column, the alias of an
     * aliased expression, otherwise null. {@code Row.get(String)} and {@code fetchInto} match by it.
     */
    default String label() {
        return null;
    }

    private Field<T> value(T value) {
        return new Val<>(value, type());
    }

    private static String nullHint(String op) {
        return op + "(null) has no meaning in SQL; use isNull() or isNotNull()";
    }

    /** {@code this = value}; a null value means {@code this IS NULL}. */
    default Condition eq(T value) {
        return value == null ? new NullCheck(this, false) : new Comparison(Comparison.Operator.EQ, this, value(value));
    }

    /** {@code this = other}. */
    default Condition eq(Field<T> other) {
        return new Comparison(Comparison.Operator.EQ, this, Checks.notNull(other, "other"));
    }

    /** {@code this <> value}; a null value means {@code this IS NOT NULL}. */
    default Condition ne(T value) {
        return value == null ? new NullCheck(this, true) : new Comparison(Comparison.Operator.NE, this, value(value));
    }

    /** {@code this <> other}. */
    default Condition ne(Field<T> other) {
        return new Comparison(Comparison.Operator.NE, this, Checks.notNull(other, "other"));
    }

    private Condition compare(Comparison.Operator op, String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(nullHint(name));
        }
        return new Comparison(op, this, value(value));
    }

    /** {@code this < value}. */
    default Condition lt(T value) {
        return compare(Comparison.Operator.LT, "lt", value);
    }

    /** {@code this < other}. */
    default Condition lt(Field<T> other) {
        return new Comparison(Comparison.Operator.LT, this, Checks.notNull(other, "other"));
    }

    /** {@code this <= value}. */
    default Condition le(T value) {
        return compare(Comparison.Operator.LE, "le", value);
    }

    /** {@code this <= other}. */
    default Condition le(Field<T> other) {
        return new Comparison(Comparison.Operator.LE, this, Checks.notNull(other, "other"));
    }

    /** {@code this > value}. */
    default Condition gt(T value) {
        return compare(Comparison.Operator.GT, "gt", value);
    }

    /** {@code this > other}. */
    default Condition gt(Field<T> other) {
        return new Comparison(Comparison.Operator.GT, this, Checks.notNull(other, "other"));
    }

    /** {@code this >= value}. */
    default Condition ge(T value) {
        return compare(Comparison.Operator.GE, "ge", value);
    }

    /** {@code this >= other}. */
    default Condition ge(Field<T> other) {
        return new Comparison(Comparison.Operator.GE, this, Checks.notNull(other, "other"));
    }

    /** {@code this BETWEEN low AND high} (both ends included). */
    default Condition between(T low, T high) {
        if (low == null || high == null) {
            throw new IllegalArgumentException(nullHint("between"));
        }
        return new Between(this, value(low), value(high), false);
    }

    /** {@code this NOT BETWEEN low AND high}. */
    default Condition notBetween(T low, T high) {
        if (low == null || high == null) {
            throw new IllegalArgumentException(nullHint("notBetween"));
        }
        return new Between(this, value(low), value(high), true);
    }

    /** {@code this IN (v1, v2, ...)}; with no values the condition is false. */
    @SuppressWarnings("unchecked")
    default Condition in(T... values) {
        Checks.notNull(values, "values");
        return in(java.util.Arrays.asList(values));
    }

    /**
     * {@code this IN (...)} over a collection; an empty collection gives a false condition.
     * <b>Dialects:</b> a list longer than half the database's bind limit binds one value: PostgreSQL writes
     * {@code this = ANY(CAST(? AS type[]))}, SQLite {@code this IN (SELECT value FROM json_each(?))} (numbers and
     * text; other types keep the plain list); MySQL binds each value.
     */
    default Condition in(Collection<? extends T> values) {
        return inList(values, false);
    }

    /** {@code this IN (SELECT ...)} over a one-column subquery of this type. */
    default Condition in(Select<? extends Row1<? extends T>> subquery) {
        return new InSubquery(this, Checks.notNull(subquery, "subquery").model(), false);
    }

    /** {@code this NOT IN (v1, v2, ...)}; with no values the condition is true. */
    @SuppressWarnings("unchecked")
    default Condition notIn(T... values) {
        Checks.notNull(values, "values");
        return notIn(java.util.Arrays.asList(values));
    }

    /**
     * {@code this NOT IN (...)} over a collection; an empty collection gives a true condition.
     * <b>Dialects:</b> long lists as for {@link #in(Collection)} (PostgreSQL {@code <> ALL(..)}).
     */
    default Condition notIn(Collection<? extends T> values) {
        return inList(values, true);
    }

    /** {@code this NOT IN (SELECT ...)}. */
    default Condition notIn(Select<? extends Row1<? extends T>> subquery) {
        return new InSubquery(this, Checks.notNull(subquery, "subquery").model(), true);
    }

    private Condition inList(Collection<? extends T> values, boolean negated) {
        Checks.notNull(values, "values");
        if (values.isEmpty()) {
            return negated ? ConstantCondition.TRUE : ConstantCondition.FALSE;
        }
        List<Field<?>> list = new ArrayList<>(values.size());
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException("an IN list cannot hold null (NULL never matches); use isNull()");
            }
            list.add(value(v));
        }
        return new InList(this, list, negated);
    }

    /** {@code this IS NULL}. */
    default Condition isNull() {
        return new NullCheck(this, false);
    }

    /** {@code this IS NOT NULL}. */
    default Condition isNotNull() {
        return new NullCheck(this, true);
    }

    /**
     * {@code this LIKE pattern}. <b>Dialects:</b> follows the database's collation: case-insensitive for
     * ASCII on MySQL and SQLite, case-sensitive on PostgreSQL; use {@link #likeIgnoreCase} for the same
     * answer everywhere.
     */
    default Condition like(String pattern) {
        return new Like(requireText("like", this), new Val<>(Checks.notNull(pattern, "pattern"), SqlType.TEXT), false,
                false);
    }

    /** {@code this NOT LIKE pattern}. */
    default Condition notLike(String pattern) {
        return new Like(requireText("notLike", this), new Val<>(Checks.notNull(pattern, "pattern"), SqlType.TEXT), true,
                false);
    }

    /**
     * A case-insensitive LIKE that gives the same answer on every dialect. <b>Dialects:</b>
     * {@code x ILIKE ?} on PostgreSQL, {@code LOWER(x) LIKE LOWER(?)} elsewhere.
     */
    default Condition likeIgnoreCase(String pattern) {
        return new Like(requireText("likeIgnoreCase", this), new Val<>(Checks.notNull(pattern, "pattern"),
                SqlType.TEXT), false, true);
    }

    private Field<T> arithmetic(Arithmetic.Operator op, Number n) {
        Checks.notNull(n, "operand");
        requireNumeric(op, this);
        return new Arithmetic<>(op, this, new Val<>(n, SqlType.ofValue(n)), type());
    }

    private Field<T> arithmetic(Arithmetic.Operator op, Field<? extends Number> f) {
        Checks.notNull(f, "operand");
        requireNumeric(op, this);
        requireNumeric(op, f);
        return new Arithmetic<>(op, this, f, type());
    }

    /** Refuses arithmetic on a column that is not a number (a type Quarry does not know is let through). */
    private static void requireNumeric(Arithmetic.Operator op, Field<?> operand) {
        SqlType<?> t = operand.type().storage();
        if (!t.isNumeric() && t.kind() != SqlType.Kind.OTHER) {
            throw new IllegalArgumentException(op.name().toLowerCase(java.util.Locale.ROOT) + "(..) needs numbers: "
                    + operand + " is " + t + ", not a numeric type");
        }
    }

    /** Refuses LIKE on a column that is not text (a type Quarry does not know is let through). */
    private static Field<?> requireText(String op, Field<?> operand) {
        SqlType.Kind k = operand.type().storage().kind();
        if (k != SqlType.Kind.VARCHAR && k != SqlType.Kind.CHAR && k != SqlType.Kind.TEXT && k != SqlType.Kind.OTHER) {
            throw new IllegalArgumentException(op + "(..) needs text: " + operand + " is "
                    + operand.type().storage() + "; cast(" + operand + ", SqlType.TEXT) first if that is meant");
        }
        return operand;
    }

    /** {@code this + n}, typed as this expression. */
    default Field<T> add(Number n) {
        return arithmetic(Arithmetic.Operator.ADD, n);
    }

    /** {@code this + f}. */
    default Field<T> add(Field<? extends Number> f) {
        return arithmetic(Arithmetic.Operator.ADD, f);
    }

    /** {@code this - n}. */
    default Field<T> sub(Number n) {
        return arithmetic(Arithmetic.Operator.SUB, n);
    }

    /** {@code this - f}. */
    default Field<T> sub(Field<? extends Number> f) {
        return arithmetic(Arithmetic.Operator.SUB, f);
    }

    /** {@code this * n}. */
    default Field<T> mul(Number n) {
        return arithmetic(Arithmetic.Operator.MUL, n);
    }

    /** {@code this * f}. */
    default Field<T> mul(Field<? extends Number> f) {
        return arithmetic(Arithmetic.Operator.MUL, f);
    }

    /**
     * {@code this / n}. Integral operands divide as integers on every dialect. <b>Dialects:</b> MySQL renders
     * {@code DIV} for integral operands, whose {@code /} would give a decimal.
     */
    default Field<T> div(Number n) {
        return arithmetic(Arithmetic.Operator.DIV, n);
    }

    /** {@code this / f}; see {@link #div(Number)}. */
    default Field<T> div(Field<? extends Number> f) {
        return arithmetic(Arithmetic.Operator.DIV, f);
    }

    /** {@code -this}. */
    default Field<T> neg() {
        requireNumeric(Arithmetic.Operator.NEG, this);
        return new Arithmetic<>(Arithmetic.Operator.NEG, null, this, type());
    }

    /** This expression named {@code alias} ({@code expr AS alias}). */
    default Field<T> as(String alias) {
        return new Aliased<>(this, alias);
    }

    /** Ascending order. */
    default SortField asc() {
        return new SortField(this, false, SortField.Nulls.DEFAULT);
    }

    /** Descending order. */
    default SortField desc() {
        return new SortField(this, true, SortField.Nulls.DEFAULT);
    }

    @Override
    default SortField toSortField() {
        return asc();
    }

    // ---- literal text search and quantified comparisons (since 0.2.0) ----------------------------------

    private Condition patternMatch(String text, PatternMatch.Kind kind, boolean ignoreCase, String method) {
        Checks.notNull(text, "text");
        switch (type().storage().kind()) {
            case VARCHAR, CHAR, TEXT -> {
                return new PatternMatch(this, text, kind, ignoreCase);
            }
            default -> throw new IllegalArgumentException(method + " needs a text field, not "
                    + type().storage().kind() + ": " + (label() != null ? label() : this));
        }
    }

    /**
     * True where this text holds {@code text} literally: {@code x LIKE '%text%' ESCAPE '!'}, with {@code %},
     * {@code _} and {@code !} in {@code text} escaped. <b>Dialects:</b> case follows the collation, as
     * {@link #like} does; {@link #containsIgnoreCase} ignores case everywhere.
     *
     * @throws IllegalArgumentException if this is not a text field
     * @since 0.1.0
     */
    default Condition contains(String text) {
        return patternMatch(text, PatternMatch.Kind.CONTAINS, false, "contains");
    }

    /** {@link #contains} ignoring case on every dialect. @since 0.1.0 */
    default Condition containsIgnoreCase(String text) {
        return patternMatch(text, PatternMatch.Kind.CONTAINS, true, "containsIgnoreCase");
    }

    /** True where this text starts with {@code text} literally: {@code x LIKE 'text%' ESCAPE '!'}. @since 0.1.0 */
    default Condition startsWith(String text) {
        return patternMatch(text, PatternMatch.Kind.STARTS_WITH, false, "startsWith");
    }

    /** True where this text ends with {@code text} literally: {@code x LIKE '%text' ESCAPE '!'}. @since 0.1.0 */
    default Condition endsWith(String text) {
        return patternMatch(text, PatternMatch.Kind.ENDS_WITH, false, "endsWith");
    }

    private Condition quantified(Comparison.Operator op, Quantified<? extends T> q) {
        return new QuantifiedComparison(op, this, Checks.notNull(q, "subquery (any(..) or all(..))"));
    }

    /**
     * {@code this = ANY (SELECT ..)} or {@code this = ALL (SELECT ..)}, with {@code Sql.any(q)} or
     * {@code Sql.all(q)}. <b>Dialects:</b> not SQLite.
     *
     * @throws UnsupportedFeatureException at render time where the database has no ANY/ALL
     * @since 0.1.0
     */
    default Condition eq(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.EQ, subquery);
    }

    /** {@code this <> ANY|ALL (SELECT ..)}; see {@link #eq(Quantified)}. @since 0.1.0 */
    default Condition ne(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.NE, subquery);
    }

    /** {@code this < ANY|ALL (SELECT ..)}; see {@link #eq(Quantified)}. @since 0.1.0 */
    default Condition lt(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.LT, subquery);
    }

    /** {@code this <= ANY|ALL (SELECT ..)}; see {@link #eq(Quantified)}. @since 0.1.0 */
    default Condition le(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.LE, subquery);
    }

    /** {@code this > ANY|ALL (SELECT ..)}; see {@link #eq(Quantified)}. @since 0.1.0 */
    default Condition gt(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.GT, subquery);
    }

    /** {@code this >= ANY|ALL (SELECT ..)}; see {@link #eq(Quantified)}. @since 0.1.0 */
    default Condition ge(Quantified<? extends T> subquery) {
        return quantified(Comparison.Operator.GE, subquery);
    }
}
