package dev.quarry;

import dev.quarry.query.SelectModel;
import dev.quarry.query.Sortable;
import dev.quarry.query.TableSource;

/**
 * A SELECT: an immutable value whose clause methods return new selects. {@code Select1}...{@code Select10}
 * keep the degree in their type; {@code Table.select()} and wider selects give {@code Select<Row>}.
 *
 * <pre>{@code
 * select(USERS.NAME, count(POSTS.ID)).from(USERS).leftJoin(POSTS).onKey()
 *     .groupBy(USERS.NAME).having(count(POSTS.ID).gt(1L)).orderBy(USERS.NAME.asc()).limit(10)
 * }</pre>
 *
 * @param <R> the row type
 * @since 0.1.0
 */
public interface Select<R> extends ResultQuery<R> {
    /** {@code FROM a, b}. */
    Select<R> from(TableSource... sources);

    /** {@code JOIN t}: complete it with {@code on(..)} or {@code onKey()}. */
    JoinOn<? extends Select<R>> join(TableSource table);

    /** Same as {@link #join(TableSource)}. */
    JoinOn<? extends Select<R>> innerJoin(TableSource table);

    /** {@code LEFT JOIN t}. */
    JoinOn<? extends Select<R>> leftJoin(TableSource table);

    /**
     * {@code RIGHT JOIN t}. <b>Dialects:</b> SQLite from 3.39.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without {@code RIGHT_JOIN}
     */
    JoinOn<? extends Select<R>> rightJoin(TableSource table);

    /**
     * {@code FULL JOIN t}. <b>Dialects:</b> PostgreSQL and SQLite 3.39+; not on MySQL/MariaDB.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without {@code FULL_JOIN}
     */
    JoinOn<? extends Select<R>> fullJoin(TableSource table);

    /** {@code CROSS JOIN t}. */
    Select<R> crossJoin(TableSource table);

    /** Joins along a relationship: {@code join(USERS.POSTS)}. */
    Select<R> join(Relationship<?> relationship);

    /** Left-joins along a relationship. */
    Select<R> leftJoin(Relationship<?> relationship);

    /** {@code WHERE condition}; called again, the conditions are joined with AND. */
    Select<R> where(Condition condition);

    /** {@code GROUP BY a, b}. */
    Select<R> groupBy(Field<?>... fields);

    /**
     * {@code HAVING condition}; called again, the conditions are joined with AND. <b>Dialects:</b> MySQL and
     * MariaDB, which look HAVING columns up in the select list only, read a grouped expression there as
     * {@code MIN(expr)} (the same value: it is one per group).
     */
    Select<R> having(Condition condition);

    /** {@code ORDER BY ...}: fields (ascending) or {@code field.desc().nullsLast()} and the like. */
    Select<R> orderBy(Sortable... items);

    /** {@code LIMIT n}, bound as a parameter. */
    Select<R> limit(long n);

    /** {@code LIMIT} from a named parameter ({@code param("n", Long.class)}) or a literal ({@code inline(10L)}). */
    Select<R> limit(Field<Long> n);

    /**
     * {@code OFFSET n}, bound as a parameter. <b>Dialects:</b> without a limit, SQLite writes
     * {@code LIMIT -1 OFFSET ?} and MySQL {@code LIMIT 18446744073709551615 OFFSET ?}.
     */
    Select<R> offset(long n);

    /** {@code OFFSET} from a named parameter or a literal ({@code inline(20L)}). */
    Select<R> offset(Field<Long> n);

    /** {@code SELECT DISTINCT}. */
    Select<R> distinct();

    /**
     * {@code FOR UPDATE}. <b>Dialects:</b> not on SQLite, which locks the whole database instead.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without {@code FOR_UPDATE}
     */
    Select<R> forUpdate();

    /**
     * {@code FOR UPDATE SKIP LOCKED}, after {@link #forUpdate()}. <b>Dialects:</b> not on SQLite, nor on
     * MariaDB before 10.6.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without
     *         {@code FOR_UPDATE_SKIP_LOCKED}
     */
    Select<R> skipLocked();

    /**
     * Loads {@code relationships} for the rows this select returns: after the select, one more query per
     * relationship selects the children of all those rows at once by key (split only where the keys exceed the
     * dialect's bind limit), and {@code row.get(USERS.POSTS)} reads them. A relationship must start at a table
     * of this select, whose key columns it selects, or at the target of one named before it:
     * {@code USERS.select().with(USERS.POSTS, POSTS.COMMENTS)} is
     * {@code USERS.select().with(USERS.POSTS.with(POSTS.COMMENTS))}.
     *
     * <pre>{@code SELECT users.id, ... FROM users
     * SELECT posts.id, ... FROM posts WHERE posts.user_id IN (?, ?, ...)}</pre>
     *
     * <p>{@code fetchStream} loads them for every thousand parents; {@code fetchInto} fills record components
     * named after the relationship ({@code List<Post> posts} for {@code USERS.POSTS}).
     *
     * @throws IllegalArgumentException if a relationship starts elsewhere, is named twice, or its key is not
     *         selected
     */
    Select<R> with(Relationship<?>... relationships);

    /** A copy with a value for a named parameter; the copy shares this query's rendered SQL. */
    <T> Select<R> bind(Param<T> param, T value);

    /**
     * A copy whose statement is cancelled after {@code timeout}, as a {@link QueryExecutionException} whose
     * {@link QueryExecutionException#isTimeout()} is true; it wins over {@code db.withQueryTimeout(..)}. The
     * copy shares this query's rendered SQL.
     *
     * <p>Dialects: JDBC counts whole seconds, so the timeout is rounded up to the next second, never to 0.
     *
     * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
     * @since 0.1.0
     */
    Select<R> timeout(java.time.Duration timeout);

    /**
     * This select as a derived table named {@code alias}, for FROM and JOIN: {@code (SELECT ...) alias}; read
     * its columns with {@code t.field(..)}.
     *
     * @since 0.1.0
     */
    DerivedTable asTable(String alias);

    /** The immutable model of this select. */
    SelectModel model();
}
