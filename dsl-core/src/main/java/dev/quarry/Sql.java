package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Aggregate;
import dev.quarry.query.CaseExpr;
import dev.quarry.query.Cast;
import dev.quarry.query.Excluded;
import dev.quarry.query.Exists;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.Inline;
import dev.quarry.query.RawCondition;
import dev.quarry.query.RawField;
import dev.quarry.query.SelectModel;
import dev.quarry.query.Val;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The static entry points of the DSL: {@code import static dev.quarry.Sql.*;}. Every method is a one-line
 * delegation to the immutable model.
 *
 * @since 0.1.0
 */
public final class Sql extends SqlArity {
    private Sql() {
    }

    /** {@code SELECT 1}, for EXISTS subqueries. */
    public static Select<Row> selectOne() {
        return new RowSelect(SelectModel.of(false, List.of()));
    }

    /** A value bound as a parameter, typed by its class. */
    public static <T> Field<T> val(T value) {
        Checks.notNull(value, "value (for NULL use val(null, type))");
        return new Val<>(value, SqlType.ofValue(value));
    }

    /** A value (possibly null) bound as a parameter of {@code type}. */
    public static <T> Field<T> val(T value, SqlType<T> type) {
        return new Val<>(value, Checks.notNull(type, "type"));
    }

    /** A literal written into the SQL (numbers, booleans, strings quoted and escaped). */
    public static <T> Field<T> inline(T value) {
        Checks.notNull(value, "value");
        return new Inline<>(value, SqlType.ofValue(value));
    }

    /** A named parameter whose value comes with {@code bind(param, value)}. */
    public static <T> Param<T> param(String name, Class<T> type) {
        return new Param<>(name, SqlType.of(Checks.notNull(type, "type")));
    }

    /** A named parameter of a given SQL type. */
    public static <T> Param<T> param(String name, SqlType<T> type) {
        return new Param<>(name, type);
    }

    /** {@code COUNT(*)}. */
    public static Field<Long> count() {
        return new Aggregate<>("count", false, null, SqlType.BIGINT);
    }

    /** {@code COUNT(f)}: the rows where {@code f} is not null. */
    public static Field<Long> count(Field<?> f) {
        return new Aggregate<>("count", false, Checks.notNull(f, "f"), SqlType.BIGINT);
    }

    /** {@code COUNT(DISTINCT f)}. */
    public static Field<Long> countDistinct(Field<?> f) {
        return new Aggregate<>("count", true, Checks.notNull(f, "f"), SqlType.BIGINT);
    }

    private static final SqlType<BigDecimal> ANY_DECIMAL = SqlType.of(BigDecimal.class);

    /** {@code SUM(f)}, as a {@link BigDecimal}. */
    public static Field<BigDecimal> sum(Field<? extends Number> f) {
        return new Aggregate<>("sum", false, Checks.notNull(f, "f"), ANY_DECIMAL);
    }

    /** {@code AVG(f)}, as a {@link BigDecimal}. */
    public static Field<BigDecimal> avg(Field<? extends Number> f) {
        return new Aggregate<>("avg", false, Checks.notNull(f, "f"), ANY_DECIMAL);
    }

    /** {@code MIN(f)}. */
    public static <T> Field<T> min(Field<T> f) {
        return new Aggregate<>("min", false, Checks.notNull(f, "f"), f.type());
    }

    /** {@code MAX(f)}. */
    public static <T> Field<T> max(Field<T> f) {
        return new Aggregate<>("max", false, Checks.notNull(f, "f"), f.type());
    }

    private static <T> Field<T> fn(String name, SqlType<T> type, Field<?>... args) {
        for (Field<?> a : args) {
            Checks.notNull(a, "an argument of " + name + " is null");
        }
        return new FunctionCall<>(name, type, List.of(args));
    }

    /** The type of {@code f}, the first argument of {@code function}, which must not be null. */
    private static <T> SqlType<T> typeOf(Field<T> f, String function) {
        return Checks.notNull(f, "the first argument of " + function).type();
    }

    /** {@code COALESCE(f, other)}. */
    public static <T> Field<T> coalesce(Field<T> f, Field<? extends T> other) {
        return fn("coalesce", typeOf(f, "coalesce"), f, other);
    }

    /** {@code COALESCE(f, value)}. */
    public static <T> Field<T> coalesce(Field<T> f, T value) {
        return fn("coalesce", typeOf(f, "coalesce"), f, new Val<>(Checks.notNull(value, "value"), f.type()));
    }

    /** {@code LOWER(f)}. */
    public static Field<String> lower(Field<String> f) {
        return fn("lower", SqlType.TEXT, f);
    }

    /** {@code UPPER(f)}. */
    public static Field<String> upper(Field<String> f) {
        return fn("upper", SqlType.TEXT, f);
    }

    /** The length of {@code f} in characters. <b>Dialects:</b> {@code CHAR_LENGTH} on MySQL. */
    public static Field<Integer> length(Field<String> f) {
        return fn("length", SqlType.INTEGER, f);
    }

    /** {@code TRIM(f)}. */
    public static Field<String> trim(Field<String> f) {
        return fn("trim", SqlType.TEXT, f);
    }

    /** {@code SUBSTRING(f, from, length)}, 1-based. <b>Dialects:</b> {@code SUBSTR} on SQLite. */
    public static Field<String> substring(Field<String> f, int from, int length) {
        if (from < 1) {
            throw new IllegalArgumentException("substring: from is 1-based and must be at least 1, got " + from);
        }
        if (length < 0) {
            throw new IllegalArgumentException("substring: length must not be negative, got " + length);
        }
        return fn("substring", SqlType.TEXT, f, new Val<>(from, SqlType.INTEGER), new Val<>(length, SqlType.INTEGER));
    }

    /** The strings joined. <b>Dialects:</b> {@code ||} on SQLite and PostgreSQL, {@code CONCAT(..)} on MySQL. */
    public static Field<String> concat(Field<?>... parts) {
        Checks.notNull(parts, "parts");
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat needs at least one part");
        }
        return fn("concat", SqlType.TEXT, parts);
    }

    /** {@code ABS(f)}. */
    public static <T extends Number> Field<T> abs(Field<T> f) {
        return fn("abs", typeOf(f, "abs"), f);
    }

    /** {@code ROUND(f)}. */
    public static <T extends Number> Field<T> round(Field<T> f) {
        return fn("round", typeOf(f, "round"), f);
    }

    /** {@code ROUND(f, digits)}. */
    public static <T extends Number> Field<T> round(Field<T> f, int digits) {
        return fn("round", typeOf(f, "round"), f, new Inline<>(digits, SqlType.INTEGER));
    }

    /** The year of a date or timestamp. */
    public static Field<Integer> year(Field<?> f) {
        return fn("year", SqlType.INTEGER, f);
    }

    /** The month (1-12) of a date or timestamp. */
    public static Field<Integer> month(Field<?> f) {
        return fn("month", SqlType.INTEGER, f);
    }

    /** The day of the month of a date or timestamp. */
    public static Field<Integer> day(Field<?> f) {
        return fn("day", SqlType.INTEGER, f);
    }

    /** {@code CURRENT_DATE}. */
    public static Field<LocalDate> currentDate() {
        return fn("current_date", SqlType.DATE);
    }

    /** {@code CURRENT_TIMESTAMP}. */
    public static Field<Instant> currentTimestamp() {
        return fn("current_timestamp", SqlType.TIMESTAMPTZ_INSTANT);
    }

    /** {@code CAST(f AS type)}. */
    public static <T> Field<T> cast(Field<?> f, SqlType<T> type) {
        return new Cast<>(Checks.notNull(f, "f"), Checks.notNull(type, "type"));
    }

    /** {@code CASE WHEN condition THEN value ...}: add branches with {@code when(..)}, then {@code otherwise(..)}. */
    public static <T> CaseExpr<T> caseWhen(Condition condition, Field<T> value) {
        return new CaseExpr<>(List.of(new CaseExpr.When<>(Checks.notNull(condition, "condition"),
                Checks.notNull(value, "value"))), null, value.type());
    }

    /** {@code CASE WHEN condition THEN value ...} with a bound value. */
    public static <T> CaseExpr<T> caseWhen(Condition condition, T value) {
        Checks.notNull(value, "value");
        return caseWhen(condition, new Val<>(value, SqlType.ofValue(value)));
    }

    /** Plain SQL as an expression of {@code type}; each {@code ?} takes the next argument as a bound value. */
    public static <T> Field<T> raw(SqlType<T> type, String sql, Object... args) {
        return new RawField<>(Checks.notNull(sql, "sql"), rawArgs(args), Checks.notNull(type, "type"));
    }

    /** Plain SQL as a condition; each {@code ?} takes the next argument as a bound value. */
    public static Condition rawCondition(String sql, Object... args) {
        return new RawCondition(Checks.notNull(sql, "sql"), rawArgs(args));
    }

    private static List<Field<?>> rawArgs(Object... args) {
        List<Field<?>> out = new ArrayList<>();
        for (Object a : args == null ? new Object[] {null} : args) {
            out.add(a instanceof Field<?> f ? f : new Val<>(a, SqlType.ofValue(a)));
        }
        return out;
    }

    /** {@code EXISTS (subquery)}. */
    public static Condition exists(Select<?> subquery) {
        return new Exists(Checks.notNull(subquery, "subquery").model(), false);
    }

    /** {@code NOT EXISTS (subquery)}. */
    public static Condition notExists(Select<?> subquery) {
        return new Exists(Checks.notNull(subquery, "subquery").model(), true);
    }

    /** In an upsert's {@code doUpdate().set(..)}: the value that was proposed for {@code column}. */
    public static <T> Field<T> excluded(Column<T> column) {
        return new Excluded<>(Checks.notNull(column, "column"));
    }
}
