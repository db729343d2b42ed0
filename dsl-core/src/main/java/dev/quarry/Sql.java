package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Aggregate;
import dev.quarry.query.CaseExpr;
import dev.quarry.query.Cast;
import dev.quarry.query.Excluded;
import dev.quarry.query.Exists;
import dev.quarry.query.FrameBound;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.Inline;
import dev.quarry.query.Quantified;
import dev.quarry.query.RawCondition;
import dev.quarry.query.RawField;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SimpleCase;
import dev.quarry.query.Sortable;
import dev.quarry.query.Val;
import dev.quarry.query.Window;
import dev.quarry.query.WindowFunction;
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

    /**
     * A common table expression: {@code with("w").as(select(..))} is {@code WITH w AS (SELECT ...)}, declared
     * by any SELECT that names it in FROM or JOIN; read its columns with {@code w.field(..)}.
     *
     * @since 0.1.0
     */
    public static WithStep with(String name) {
        return new WithStep(name, false);
    }

    /**
     * A recursive common table expression: {@code withRecursive("t").as(self -> anchor.unionAll(step))}, where
     * {@code step} selects from {@code self}; rendered {@code WITH RECURSIVE t AS (...)}.
     *
     * @since 0.1.0
     */
    public static WithStep withRecursive(String name) {
        return new WithStep(name, true);
    }

    /** A value bound as a parameter, typed by its class. <b>Dialects:</b> as {@link #val(Object, SqlType)}. */
    public static <T> Field<T> val(T value) {
        Checks.notNull(value, "value (for NULL use val(null, type))");
        return new Val<>(value, SqlType.ofValue(value));
    }

    /**
     * A value (possibly null) bound as a parameter of {@code type}. <b>Dialects:</b> PostgreSQL writes
     * {@code CAST(? AS type)} for times, timestamps, UUIDs and JSON, which its driver sends untyped.
     */
    public static <T> Field<T> val(T value, SqlType<T> type) {
        return new Val<>(value, Checks.notNull(type, "type"));
    }

    /**
     * A literal written into the SQL (numbers, booleans, strings quoted and escaped) instead of a bind.
     * <b>Dialects:</b> a string is written so that it reads the same under any session setting: as
     * {@code E'..'} on PostgreSQL and {@code _utf8mb4 X'..'} on MySQL/MariaDB when it holds a backslash, and
     * through {@code CAST(X'..' AS TEXT)} on SQLite when it holds NUL; booleans as {@code TRUE}/{@code FALSE},
     * on SQLite as {@code 1}/{@code 0}.
     */
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
    public static Aggregate<Long> count() {
        return new Aggregate<>("count", false, null, SqlType.BIGINT);
    }

    /** {@code COUNT(f)}: the rows where {@code f} is not null. */
    public static Aggregate<Long> count(Field<?> f) {
        return new Aggregate<>("count", false, Checks.notNull(f, "f"), SqlType.BIGINT);
    }

    /** {@code COUNT(DISTINCT f)}. */
    public static Aggregate<Long> countDistinct(Field<?> f) {
        return new Aggregate<>("count", true, Checks.notNull(f, "f"), SqlType.BIGINT);
    }

    private static final SqlType<BigDecimal> ANY_DECIMAL = SqlType.of(BigDecimal.class);

    /** {@code SUM(f)}, as a {@link BigDecimal}. */
    public static Aggregate<BigDecimal> sum(Field<? extends Number> f) {
        return new Aggregate<>("sum", false, Checks.notNull(f, "f"), ANY_DECIMAL);
    }

    /** {@code AVG(f)}, as a {@link BigDecimal}. */
    public static Aggregate<BigDecimal> avg(Field<? extends Number> f) {
        return new Aggregate<>("avg", false, Checks.notNull(f, "f"), ANY_DECIMAL);
    }

    /** {@code MIN(f)}. */
    public static <T> Aggregate<T> min(Field<T> f) {
        return new Aggregate<>("min", false, Checks.notNull(f, "f"), f.type());
    }

    /** {@code MAX(f)}. */
    public static <T> Aggregate<T> max(Field<T> f) {
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

    /** {@code ROUND(f, digits)}. <b>Dialects:</b> PostgreSQL rounds a REAL or DOUBLE through {@code NUMERIC}. */
    public static <T extends Number> Field<T> round(Field<T> f, int digits) {
        return fn("round", typeOf(f, "round"), f, new Inline<>(digits, SqlType.INTEGER));
    }

    /**
     * The year of a date or timestamp. <b>Dialects:</b> {@code YEAR(f)} on MySQL, {@code STRFTIME} on SQLite,
     * {@code EXTRACT} (in UTC for a {@code TIMESTAMPTZ}) on PostgreSQL; the same for {@link #month} and
     * {@link #day}.
     */
    public static Field<Integer> year(Field<?> f) {
        return fn("year", SqlType.INTEGER, f);
    }

    /** The month (1-12) of a date or timestamp. <b>Dialects:</b> written per database as {@link #year} is. */
    public static Field<Integer> month(Field<?> f) {
        return fn("month", SqlType.INTEGER, f);
    }

    /** The day of the month of a date or timestamp. <b>Dialects:</b> written per database as {@link #year} is. */
    public static Field<Integer> day(Field<?> f) {
        return fn("day", SqlType.INTEGER, f);
    }

    /** {@code CURRENT_DATE}. */
    public static Field<LocalDate> currentDate() {
        return fn("current_date", SqlType.DATE);
    }

    /** {@code CURRENT_TIMESTAMP}. <b>Dialects:</b> {@code UTC_TIMESTAMP(6)} on MySQL, whose sessions keep local time. */
    public static Field<Instant> currentTimestamp() {
        return fn("current_timestamp", SqlType.TIMESTAMPTZ_INSTANT);
    }

    /** {@code CAST(f AS type)}. <b>Dialects:</b> MySQL's target names ({@code SIGNED}, {@code DATETIME(6)} ...). */
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

    /**
     * In an upsert's {@code doUpdate().set(..)}: the value that was proposed for {@code column}.
     * <b>Dialects:</b> {@code EXCLUDED.col} on SQLite and PostgreSQL, {@code VALUES(col)} on MySQL.
     */
    public static <T> Field<T> excluded(Column<T> column) {
        return new Excluded<>(Checks.notNull(column, "column"));
    }

    // ==== Window functions (since 0.2.0) ==================================================================
    // A window function is a WindowFunction until over(..) makes it a Field; aggregates take over(..) too.
    // Dialects: MySQL 8, MariaDB 10.2+, SQLite 3.25+ and PostgreSQL; others throw UnsupportedFeatureException.

    private static <T> WindowFunction<T> window(String name, SqlType<T> type, Field<?>... args) {
        return new WindowFunction<>(name, List.of(args), type);
    }

    private static Field<Integer> positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + n);
        }
        return new Inline<>(n, SqlType.INTEGER);
    }

    private static Field<Integer> offset(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + n);
        }
        return new Inline<>(n, SqlType.INTEGER);
    }

    /** {@code ROW_NUMBER()}: 1, 2, 3 ... in the window's order; complete it with {@code over(..)}. @since 0.1.0 */
    public static WindowFunction<Long> rowNumber() {
        return window("row_number", SqlType.BIGINT);
    }

    /** {@code RANK()}: the rank with gaps after ties (1, 1, 3). @since 0.1.0 */
    public static WindowFunction<Long> rank() {
        return window("rank", SqlType.BIGINT);
    }

    /** {@code DENSE_RANK()}: the rank without gaps after ties (1, 1, 2). @since 0.1.0 */
    public static WindowFunction<Long> denseRank() {
        return window("dense_rank", SqlType.BIGINT);
    }

    /** {@code PERCENT_RANK()}: {@code (rank - 1) / (rows in partition - 1)}, from 0 to 1. @since 0.1.0 */
    public static WindowFunction<Double> percentRank() {
        return window("percent_rank", SqlType.DOUBLE);
    }

    /** {@code CUME_DIST()}: the share of the partition's rows up to and including this row's peers. @since 0.1.0 */
    public static WindowFunction<Double> cumeDist() {
        return window("cume_dist", SqlType.DOUBLE);
    }

    /**
     * {@code NTILE(n)}: the bucket, 1 to {@code n}, of this row when the partition is cut into {@code n}
     * buckets as equal as they can be.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     * @since 0.1.0
     */
    public static WindowFunction<Integer> ntile(int n) {
        return window("ntile", SqlType.INTEGER, positive(n, "ntile buckets"));
    }

    /** {@code LAG(f)}: {@code f} of the row before this one, or NULL on the first. @since 0.1.0 */
    public static <T> WindowFunction<T> lag(Field<T> f) {
        return window("lag", Checks.notNull(f, "f").type(), f);
    }

    /** {@code LAG(f, offset)}: {@code f} of the row {@code offset} rows back, or NULL. @since 0.1.0 */
    public static <T> WindowFunction<T> lag(Field<T> f, int offset) {
        return window("lag", Checks.notNull(f, "f").type(), f, offset(offset));
    }

    /**
     * {@code LAG(f, offset, ?)}: {@code f} of the row {@code offset} rows back, or {@code otherwise}.
     * <b>Dialects:</b> MariaDB's LAG takes no default, so it gets
     * {@code CASE WHEN ROW_NUMBER() OVER (..) > offset THEN LAG(f, offset) OVER (..) ELSE otherwise END}.
     *
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> lag(Field<T> f, int offset, T otherwise) {
        Checks.notNull(f, "f");
        return window("lag", f.type(), f, offset(offset), new Val<>(Checks.notNull(otherwise, "otherwise"), f.type()));
    }

    /**
     * {@code LAG(f, offset, otherwise)} with an expression as the default.
     * <b>Dialects:</b> MariaDB's LAG takes no default, so it gets
     * {@code CASE WHEN ROW_NUMBER() OVER (..) > offset THEN LAG(f, offset) OVER (..) ELSE otherwise END}.
     *
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> lag(Field<T> f, int offset, Field<? extends T> otherwise) {
        return window("lag", Checks.notNull(f, "f").type(), f, offset(offset), Checks.notNull(otherwise, "otherwise"));
    }

    /** {@code LEAD(f)}: {@code f} of the row after this one, or NULL on the last. @since 0.1.0 */
    public static <T> WindowFunction<T> lead(Field<T> f) {
        return window("lead", Checks.notNull(f, "f").type(), f);
    }

    /** {@code LEAD(f, offset)}: {@code f} of the row {@code offset} rows ahead, or NULL. @since 0.1.0 */
    public static <T> WindowFunction<T> lead(Field<T> f, int offset) {
        return window("lead", Checks.notNull(f, "f").type(), f, offset(offset));
    }

    /**
     * {@code LEAD(f, offset, ?)}: {@code f} of the row {@code offset} rows ahead, or {@code otherwise}.
     * <b>Dialects:</b> MariaDB's LEAD takes no default, so it gets {@code CASE WHEN ROW_NUMBER() OVER (..) + offset
     * <= COUNT(*) OVER (..) THEN LEAD(f, offset) OVER (..) ELSE otherwise END}.
     *
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> lead(Field<T> f, int offset, T otherwise) {
        Checks.notNull(f, "f");
        return window("lead", f.type(), f, offset(offset), new Val<>(Checks.notNull(otherwise, "otherwise"), f.type()));
    }

    /**
     * {@code LEAD(f, offset, otherwise)} with an expression as the default.
     * <b>Dialects:</b> MariaDB's LEAD takes no default, so it gets {@code CASE WHEN ROW_NUMBER() OVER (..) + offset
     * <= COUNT(*) OVER (..) THEN LEAD(f, offset) OVER (..) ELSE otherwise END}.
     *
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> lead(Field<T> f, int offset, Field<? extends T> otherwise) {
        return window("lead", Checks.notNull(f, "f").type(), f, offset(offset), Checks.notNull(otherwise, "otherwise"));
    }

    /** {@code FIRST_VALUE(f)}: {@code f} of the first row of the frame. @since 0.1.0 */
    public static <T> WindowFunction<T> firstValue(Field<T> f) {
        return window("first_value", Checks.notNull(f, "f").type(), f);
    }

    /**
     * {@code LAST_VALUE(f)}: {@code f} of the last row of the frame. With an ORDER BY and no frame, the frame
     * ends at the current row's last peer; write {@code rowsBetween(unboundedPreceding(), unboundedFollowing())}
     * for the partition's last row.
     *
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> lastValue(Field<T> f) {
        return window("last_value", Checks.notNull(f, "f").type(), f);
    }

    /**
     * {@code NTH_VALUE(f, n)}: {@code f} of the frame's {@code n}-th row (1-based), or NULL.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     * @since 0.1.0
     */
    public static <T> WindowFunction<T> nthValue(Field<T> f, int n) {
        return window("nth_value", Checks.notNull(f, "f").type(), f, positive(n, "nthValue's n"));
    }

    /** A window partitioned by {@code fields}: {@code OVER (PARTITION BY a, b)}; add {@code orderBy(..)}. @since 0.1.0 */
    public static Window partitionBy(Field<?>... fields) {
        return Window.partitionedBy(fields);
    }

    /** A window over one partition in this order: {@code OVER (ORDER BY a DESC)}. @since 0.1.0 */
    public static Window orderBy(Sortable... items) {
        return Window.EMPTY.orderBy(items);
    }

    /** The frame bound {@code UNBOUNDED PRECEDING}: the partition's first row. @since 0.1.0 */
    public static FrameBound unboundedPreceding() {
        return new FrameBound(FrameBound.Kind.UNBOUNDED_PRECEDING, 0);
    }

    /** The frame bound {@code n PRECEDING} ({@code n} rows, or a distance of {@code n} in RANGE). @since 0.1.0 */
    public static FrameBound preceding(long n) {
        return new FrameBound(FrameBound.Kind.PRECEDING, n);
    }

    /** The frame bound {@code CURRENT ROW}. @since 0.1.0 */
    public static FrameBound currentRow() {
        return new FrameBound(FrameBound.Kind.CURRENT_ROW, 0);
    }

    /** The frame bound {@code n FOLLOWING}. @since 0.1.0 */
    public static FrameBound following(long n) {
        return new FrameBound(FrameBound.Kind.FOLLOWING, n);
    }

    /** The frame bound {@code UNBOUNDED FOLLOWING}: the partition's last row. @since 0.1.0 */
    public static FrameBound unboundedFollowing() {
        return new FrameBound(FrameBound.Kind.UNBOUNDED_FOLLOWING, 0);
    }

    // ==== More expressions (since 0.2.0) ====================================================================

    /**
     * The simple CASE: {@code caseOf(x).when(1, "one").when(2, "two").otherwise("many")} is
     * {@code CASE x WHEN ? THEN ? WHEN ? THEN ? ELSE ? END}. For conditions use {@link #caseWhen}.
     *
     * @since 0.1.0
     */
    public static <V> SimpleCase.Start<V> caseOf(Field<V> subject) {
        return new SimpleCase.Start<>(Checks.notNull(subject, "subject"));
    }

    /** {@code NULLIF(f, value)}: NULL where {@code f} equals {@code value}, else {@code f}. @since 0.1.0 */
    public static <T> Field<T> nullif(Field<T> f, T value) {
        Checks.notNull(f, "f");
        return fn("nullif", f.type(), f, new Val<>(Checks.notNull(value, "value"), f.type()));
    }

    /** {@code NULLIF(f, other)}. @since 0.1.0 */
    public static <T> Field<T> nullif(Field<T> f, Field<? extends T> other) {
        return fn("nullif", Checks.notNull(f, "f").type(), f, other);
    }

    private static <T> Field<T> extreme(String name, Field<T> first, Field<? extends T>[] more) {
        Checks.notNull(first, "first");
        Checks.notNull(more, "more");
        if (more.length == 0) {
            throw new IllegalArgumentException(name + " needs at least two arguments");
        }
        Field<?>[] all = new Field<?>[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return fn(name, first.type(), all);
    }

    /**
     * The largest of the arguments, ignoring NULLs; NULL only when every argument is NULL (PostgreSQL's
     * rule, kept on every dialect). <b>Dialects:</b> {@code GREATEST} on PostgreSQL; MySQL's
     * {@code GREATEST} and SQLite's {@code MAX} return NULL when any argument is NULL, so each argument is
     * written {@code COALESCE(a, b, ..)} there.
     *
     * @since 0.1.0
     */
    @SafeVarargs
    public static <T> Field<T> greatest(Field<T> first, Field<? extends T>... more) {
        return extreme("greatest", first, more);
    }

    /** The smallest of the arguments, ignoring NULLs; see {@link #greatest}. @since 0.1.0 */
    @SafeVarargs
    public static <T> Field<T> least(Field<T> first, Field<? extends T>... more) {
        return extreme("least", first, more);
    }

    /** {@code REPLACE(f, search, replacement)}: every occurrence replaced (case-sensitive everywhere). @since 0.1.0 */
    public static Field<String> replace(Field<String> f, String search, String replacement) {
        return fn("replace", SqlType.TEXT, f, val(Checks.notNull(search, "search")),
                val(Checks.notNull(replacement, "replacement")));
    }

    /**
     * The 1-based position of {@code search} in {@code f}, 0 if absent: {@code POSITION(? IN f)}.
     * <b>Dialects:</b> {@code INSTR(f, ?)} on SQLite; case follows the collation on MySQL (insensitive by
     * default), as {@code like} does.
     *
     * @since 0.1.0
     */
    public static Field<Integer> position(Field<String> f, String search) {
        return fn("position", SqlType.INTEGER, val(Checks.notNull(search, "search")), f);
    }

    private static Field<String> pad(String name, Field<String> f, int length, String padding) {
        if (length < 0) {
            throw new IllegalArgumentException(name + " length must not be negative: " + length);
        }
        if (Checks.notNull(padding, "padding").isEmpty()) {
            throw new IllegalArgumentException(name + " padding must not be empty (MySQL would return NULL)");
        }
        return fn(name, SqlType.TEXT, f, new Inline<>(length, SqlType.INTEGER), val(padding));
    }

    /**
     * {@code LPAD(f, length, padding)}: {@code f} padded on the left to {@code length} characters, or cut to
     * it. <b>Dialects:</b> SQLite has no LPAD; it is written with {@code SUBSTR}, {@code REPLACE} and
     * {@code ZEROBLOB}, with the same result.
     *
     * @throws IllegalArgumentException for a negative length or an empty padding
     * @since 0.1.0
     */
    public static Field<String> lpad(Field<String> f, int length, String padding) {
        return pad("lpad", f, length, padding);
    }

    /** {@code RPAD(f, length, padding)}: padded on the right; see {@link #lpad}. @since 0.1.0 */
    public static Field<String> rpad(Field<String> f, int length, String padding) {
        return pad("rpad", f, length, padding);
    }

    /**
     * The hour (0-23) of a time or timestamp (a {@code TIMESTAMPTZ} in UTC). <b>Dialects:</b> {@code HOUR(f)}
     * on MySQL, {@code STRFTIME('%H', f)} on SQLite, {@code EXTRACT(HOUR FROM f)} on PostgreSQL.
     *
     * @since 0.1.0
     */
    public static Field<Integer> hour(Field<?> f) {
        return fn("hour", SqlType.INTEGER, f);
    }

    /** The minute (0-59) of a time or timestamp. <b>Dialects:</b> as {@link #hour}. @since 0.1.0 */
    public static Field<Integer> minute(Field<?> f) {
        return fn("minute", SqlType.INTEGER, f);
    }

    /**
     * The whole seconds (0-59) of a time or timestamp; fractions are dropped. <b>Dialects:</b> as {@link #hour}.
     *
     * @since 0.1.0
     */
    public static Field<Integer> second(Field<?> f) {
        return fn("second", SqlType.INTEGER, f);
    }

    /**
     * The date {@code days} later (earlier when negative). <b>Dialects:</b> {@code (d + n)} on PostgreSQL,
     * {@code DATE_ADD(d, INTERVAL n DAY)} on MySQL, {@code DATE(d, '+n days')} on SQLite.
     *
     * @since 0.1.0
     */
    public static Field<LocalDate> addDays(Field<LocalDate> date, int days) {
        return fn("add_days", SqlType.DATE, date, new Inline<>(days, SqlType.INTEGER));
    }

    /**
     * A part of a date or timestamp as an integer: {@code extract(DatePart.MONTH, INVOICES.DATE)}, the same as
     * {@link #month(Field)}. Renders {@code EXTRACT(MONTH FROM f)}. <b>Dialects:</b> see {@link DatePart}.
     *
     * @throws IllegalArgumentException if {@code part} or {@code f} is null
     * @since 0.1.0
     */
    public static Field<Integer> extract(DatePart part, Field<?> f) {
        Checks.notNull(part, "extract(part, f): part");
        Checks.notNull(f, "extract(part, f): f");
        return fn(part.function(), SqlType.INTEGER, f);
    }

    /**
     * The date {@code months} later (earlier when negative); past the end of a shorter month it is that
     * month's last day, as on every database: January 31 plus one month is February 28 (29 in a leap year).
     * <b>Dialects:</b> {@code CAST((d + INTERVAL '1 month' * n) AS DATE)} on PostgreSQL,
     * {@code DATE_ADD(d, INTERVAL n MONTH)} on MySQL/MariaDB; on SQLite, whose {@code '+n months'} runs over
     * into the next month, the earlier of the target month's last day and the same day of that month:
     * {@code MIN(DATE(d, 'start of month', '+n months', '+1 month', '-1 day'), DATE(d, 'start of month',
     * '+n months', '+' || (day - 1) || ' days'))}.
     *
     * @throws IllegalArgumentException if {@code date} is null
     * @since 0.1.0
     */
    public static Field<LocalDate> addMonths(Field<LocalDate> date, int months) {
        Checks.notNull(date, "addMonths(date, months): date");
        return fn("add_months", SqlType.DATE, date, new Inline<>(months, SqlType.INTEGER));
    }

    /**
     * The date {@code years} later (earlier when negative): {@code addMonths(date, 12 * years)}, so February
     * 29 plus one year is February 28. <b>Dialects:</b> as {@link #addMonths(Field, int)}.
     *
     * @throws IllegalArgumentException if {@code date} is null or {@code years} is beyond 12 times an int
     * @since 0.1.0
     */
    public static Field<LocalDate> addYears(Field<LocalDate> date, int years) {
        if (Math.abs((long) years) * 12 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("addYears(date, years): years " + years + " is too large");
        }
        return addMonths(date, years * 12);
    }

    /**
     * {@code ANY (subquery)}, compared with {@code x.gt(any(q))}: true where the comparison holds for some
     * row. <b>Dialects:</b> not SQLite.
     *
     * @throws UnsupportedFeatureException at render time where the database has no ANY
     * @since 0.1.0
     */
    public static <T> Quantified<T> any(Select<? extends Row1<? extends T>> subquery) {
        return new Quantified<>(false, Checks.notNull(subquery, "subquery").model());
    }

    /**
     * {@code ALL (subquery)}, compared with {@code x.gt(all(q))}: true where the comparison holds for every
     * row (and for none). <b>Dialects:</b> not SQLite.
     *
     * @throws UnsupportedFeatureException at render time where the database has no ALL
     * @since 0.1.0
     */
    public static <T> Quantified<T> all(Select<? extends Row1<? extends T>> subquery) {
        return new Quantified<>(true, Checks.notNull(subquery, "subquery").model());
    }
}
