package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DELETE; it runs only with a {@code where(..)} or an explicit {@code whereAll()}, else
 * {@link UnsafeStatementException}.
 *
 * <pre>{@code
 * USERS.delete().where(USERS.ID.eq(id)).execute(db);
 * DELETE FROM users WHERE users.id = ?
 * }</pre>
 *
 * @param <T> the table class
 * @since 0.1.0
 */
public final class Delete<T extends Table<T>> extends DmlStep {
    private final T table;
    private final Condition where;
    private final boolean whereAll;
    private final List<Table<?>> using;

    private Delete(T table, Condition where, boolean whereAll, Map<Param<?>, Object> bindings) {
        this(table, where, whereAll, bindings, List.of());
    }

    private Delete(T table, Condition where, boolean whereAll, Map<Param<?>, Object> bindings,
            List<Table<?>> using) {
        super(new PlanCache<>(), bindings);
        this.table = table;
        this.where = where;
        this.whereAll = whereAll;
        this.using = using;
    }

    static <T extends Table<T>> Delete<T> from(T table) {
        return new Delete<>(table, null, false, Map.of());
    }

    /**
     * Adds tables the WHERE condition may read; join them in {@code where(..)}. Rows of the target table are
     * deleted where some combination of rows satisfies the condition:
     * <pre>{@code
     * POSTS.delete().using(USERS).where(USERS.ID.eq(POSTS.USER_ID).and(USERS.NAME.eq("Bob"))).execute(db);
     * DELETE FROM posts USING users WHERE users.id = posts.user_id AND users.name = ?
     * }</pre>
     *
     * <p><b>Dialects:</b> MySQL/MariaDB write {@code DELETE posts FROM posts, users WHERE ..}; SQLite, which
     * has no USING, writes {@code DELETE FROM posts WHERE EXISTS (SELECT 1 FROM users WHERE ..)}, which deletes
     * the same rows.
     *
     * @since 0.1.0
     */
    public Delete<T> using(Table<?>... tables) {
        Checks.notNull(tables, "tables");
        List<Table<?>> list = new ArrayList<>(using);
        for (Table<?> t : tables) {
            Checks.notNull(t, "a table of using(..)");
            if (t.qualifier().equals(table.qualifier())) {
                throw new IllegalArgumentException("using(" + t.qualifier() + ") names the table deleted from again; "
                        + "use an alias (" + t.name() + ".as(\"x\")) for a self-join");
            }
            list.add(t);
        }
        return new Delete<>(table, where, whereAll, bindings, List.copyOf(list));
    }

    /** {@code WHERE condition}; called again, the conditions are joined with AND. */
    public Delete<T> where(Condition condition) {
        Checks.notNull(condition, "condition");
        return new Delete<>(table, where == null ? condition : where.and(condition), false, bindings, using);
    }

    /** Every row: the explicit way to DELETE without a WHERE clause. */
    public Delete<T> whereAll() {
        return new Delete<>(table, null, true, bindings, using);
    }

    /** A copy with a value for a named parameter. */
    public <V> Delete<T> bind(Param<V> param, V value) {
        return new Delete<>(table, where, whereAll, bound(bindings, param, value), using);
    }

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
    public Delete<T> timeout(java.time.Duration timeout) {
        return new Delete<>(table, where, whereAll, withTimeout(bindings, timeout));
    }

    @Override
    Node node() {
        return new DeleteModel(table, where, whereAll, List.of(), using);
    }

    @Override
    Node withReturning(List<Field<?>> fields) {
        return new DeleteModel(table, where, whereAll, fields, using);
    }

    @Override
    public int execute(Database db) {
        Checks.notNull(db, "db");
        return Executor.execute(db, plan(db.dialect()), bindings);
    }
}
