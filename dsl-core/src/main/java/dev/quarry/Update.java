package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.Assignment;
import dev.quarry.query.Node;
import dev.quarry.query.UpdateModel;
import dev.quarry.query.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An UPDATE; it runs only with a {@code where(..)} or an explicit {@code whereAll()}, else
 * {@link UnsafeStatementException}.
 *
 * <pre>{@code
 * USERS.update().set(USERS.NAME, "Jo").where(USERS.ID.eq(id)).execute(db);
 * UPDATE users SET name = ? WHERE users.id = ?
 * }</pre>
 *
 * @param <T> the table class
 * @since 0.1.0
 */
public final class Update<T extends Table<T>> extends DmlStep {
    private final T table;
    private final List<Assignment> set;
    private final Condition where;
    private final boolean whereAll;
    private final List<Table<?>> from;

    private Update(T table, List<Assignment> set, Condition where, boolean whereAll,
            Map<Param<?>, Object> bindings) {
        this(table, set, where, whereAll, bindings, List.of());
    }

    private Update(T table, List<Assignment> set, Condition where, boolean whereAll,
            Map<Param<?>, Object> bindings, List<Table<?>> from) {
        super(new PlanCache<>(), bindings);
        this.table = table;
        this.set = set;
        this.where = where;
        this.whereAll = whereAll;
        this.from = from;
    }

    static <T extends Table<T>> Update<T> of(T table) {
        return new Update<>(table, List.of(), null, false, Map.of());
    }

    /**
     * Adds tables whose columns the SET values and the WHERE condition may read; join them in
     * {@code where(..)}:
     * <pre>{@code
     * USERS.update().set(USERS.NAME, POSTS.TITLE).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).execute(db);
     * UPDATE users SET name = posts.title FROM posts WHERE posts.user_id = users.id
     * }</pre>
     * An UPDATE that finds several rows of {@code tables} for one row takes the value of any one of them.
     *
     * <p><b>Dialects:</b> MySQL/MariaDB write the multi-table form {@code UPDATE users, posts SET users.name = ..};
     * SQLite needs 3.33.
     *
     * @throws UnsupportedFeatureException at render time where the database has no UPDATE ... FROM
     * @since 0.1.0
     */
    public Update<T> from(Table<?>... tables) {
        Checks.notNull(tables, "tables");
        List<Table<?>> list = new ArrayList<>(from);
        for (Table<?> t : tables) {
            Checks.notNull(t, "a table of from(..)");
            if (t.qualifier().equals(table.qualifier())) {
                throw new IllegalArgumentException("from(" + t.qualifier() + ") names the updated table again; "
                        + "use an alias (" + t.name() + ".as(\"x\")) for a self-join");
            }
            list.add(t);
        }
        return new Update<>(table, set, where, whereAll, bindings, List.copyOf(list));
    }

    /** {@code SET column = value}; null sets SQL NULL. */
    public <V> Update<T> set(Field<V> column, V value) {
        Insert.requireColumnOf(table, column);
        Insert.checkNull((Column<?>) column, value);
        return add((Column<?>) column, new Val<>(value, column.type()));
    }

    /** {@code SET column = expression}, e.g. {@code set(T.N, T.N.add(1))}. */
    public <V> Update<T> set(Field<V> column, Field<? extends V> value) {
        Insert.requireColumnOf(table, column);
        return add((Column<?>) column, Checks.notNull(value, "value"));
    }

    private Update<T> add(Column<?> column, Field<?> value) {
        List<Assignment> list = new ArrayList<>(set);
        list.removeIf(a -> a.column().equals(column));
        list.add(new Assignment(column, value));
        return new Update<>(table, List.copyOf(list), where, whereAll, bindings, from);
    }

    /** {@code WHERE condition}; called again, the conditions are joined with AND. */
    public Update<T> where(Condition condition) {
        Checks.notNull(condition, "condition");
        return new Update<>(table, set, where == null ? condition : where.and(condition), false, bindings, from);
    }

    /** Every row: the explicit way to UPDATE without a WHERE clause. */
    public Update<T> whereAll() {
        return new Update<>(table, set, null, true, bindings, from);
    }

    /** A copy with a value for a named parameter. */
    public <V> Update<T> bind(Param<V> param, V value) {
        return new Update<>(table, set, where, whereAll, bound(bindings, param, value), from);
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
    public Update<T> timeout(java.time.Duration timeout) {
        return new Update<>(table, set, where, whereAll, withTimeout(bindings, timeout));
    }

    @Override
    Node node() {
        return new UpdateModel(table, set, where, whereAll, List.of(), from);
    }

    @Override
    Node withReturning(List<Field<?>> fields) {
        return new UpdateModel(table, set, where, whereAll, fields, from);
    }

    @Override
    public int execute(Database db) {
        Checks.notNull(db, "db");
        return Executor.execute(db, plan(db.dialect()), bindings);
    }
}
