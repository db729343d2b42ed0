package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.internal.Ctes;
import dev.quarry.internal.Timeouts;
import dev.quarry.jdbc.EagerLoader;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.NestedLoader;
import dev.quarry.jdbc.NestedMapper;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.jdbc.RowFactory;
import dev.quarry.query.Aliased;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.Join;
import dev.quarry.query.Lock;
import dev.quarry.query.Node;
import dev.quarry.query.SetOperation;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SortField;
import dev.quarry.query.Sortable;
import dev.quarry.query.TableSource;
import dev.quarry.query.Val;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The clause methods of every select, returning the select's own type {@code S} so that a
 * {@code Select2<A, B>} stays one through {@code where}, {@code orderBy} and the rest.
 *
 * @param <R> the row type
 * @param <S> the select's own type
 * @since 0.1.0
 */
public abstract class SelectStep<R, S extends SelectStep<R, S>> extends ResultQueryBase<R> implements Select<R> {
    final SelectModel model;
    /** The relationships {@link #with(Relationship...)} loads after the select has run. */
    final List<EagerLoad> loads;

    SelectStep(SelectModel model, PlanCache<R> cache, Map<Param<?>, Object> bindings, List<EagerLoad> loads) {
        super(cache, bindings);
        this.model = model;
        this.loads = List.copyOf(loads);
    }

    abstract S copy(SelectModel m, PlanCache<R> cache, Map<Param<?>, Object> bindings, List<EagerLoad> loads);

    final S with(SelectModel m) {
        return copy(PathJoins.apply(m), new PlanCache<>(), bindings, loads);
    }

    /** The relationships this select loads after it has run, as {@link #with(Relationship...)} set them. */
    public final List<EagerLoad> loads() {
        return loads;
    }

    @Override
    Node node() {
        return model;
    }

    @Override
    List<Field<?>> resultFields() {
        return model.select();
    }

    @Override
    public SelectModel model() {
        return model;
    }

    @Override
    public S from(TableSource... sources) {
        Checks.notNull(sources, "sources");
        notCompound("from(..)");
        SelectModel m = model;
        for (TableSource s : sources) {
            m = declare(m, Checks.notNull(s, "a FROM item is null"));
        }
        return with(m.withFrom(Arrays.asList(sources)));
    }

    /** {@code m} with the CTE {@code source} (and the CTEs it uses) in its WITH clause, if it is a CTE. */
    static SelectModel declare(SelectModel m, TableSource source) {
        if (source instanceof CommonTableExpression cte && cte.query() != null) {
            return m.withWith(Ctes.declare(m.with(), cte));
        }
        return m;
    }

    /** Refuses a clause that has no meaning after {@code union(..)} and the like. */
    final void notCompound(String clause) {
        if (model.isCompound()) {
            throw new IllegalStateException(clause + " after a set operation (union, intersect, except) has no "
                    + "single select to apply to: write it in a member, or select from the result with asTable(..)");
        }
    }

    @Override
    public JoinOn<S> join(TableSource table) {
        return new JoinOn<>(self(), Join.Type.INNER, Checks.notNull(table, "table"));
    }

    @Override
    public JoinOn<S> innerJoin(TableSource table) {
        return join(table);
    }

    @Override
    public JoinOn<S> leftJoin(TableSource table) {
        return new JoinOn<>(self(), Join.Type.LEFT, Checks.notNull(table, "table"));
    }

    @Override
    public JoinOn<S> rightJoin(TableSource table) {
        return new JoinOn<>(self(), Join.Type.RIGHT, Checks.notNull(table, "table"));
    }

    @Override
    public JoinOn<S> fullJoin(TableSource table) {
        return new JoinOn<>(self(), Join.Type.FULL, Checks.notNull(table, "table"));
    }

    @Override
    public S crossJoin(TableSource table) {
        return withJoin(new Join(Join.Type.CROSS, Checks.notNull(table, "table"), null));
    }

    @Override
    public S join(Relationship<?> relationship) {
        return joinAlong(relationship, Join.Type.INNER);
    }

    @Override
    public S leftJoin(Relationship<?> relationship) {
        return joinAlong(relationship, Join.Type.LEFT);
    }

    private S joinAlong(Relationship<?> relationship, Join.Type type) {
        Checks.notNull(relationship, "relationship");
        SelectModel m = model;
        for (Join j : relationship.joins(type)) {
            m = m.withJoin(j);
        }
        return with(m);
    }

    final S withJoin(Join join) {
        notCompound("a join");
        return with(declare(model, join.table()).withJoin(join));
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    @Override
    public S where(Condition condition) {
        Checks.notNull(condition, "condition");
        notCompound("where(..)");
        return with(model.withWhere(model.where() == null ? condition : model.where().and(condition)));
    }

    @Override
    public S groupBy(Field<?>... fields) {
        Checks.notNull(fields, "fields");
        notCompound("groupBy(..)");
        List<Field<?>> list = new ArrayList<>(model.groupBy());
        for (Field<?> f : fields) {
            list.add(Checks.notNull(f, "a GROUP BY field is null"));
        }
        return with(model.withGroupBy(list));
    }

    @Override
    public S having(Condition condition) {
        Checks.notNull(condition, "condition");
        notCompound("having(..)");
        return with(model.withHaving(model.having() == null ? condition : model.having().and(condition)));
    }

    @Override
    public S orderBy(Sortable... items) {
        Checks.notNull(items, "items");
        List<SortField> list = new ArrayList<>(model.orderBy());
        for (Sortable s : items) {
            list.add(Checks.notNull(s, "an ORDER BY item is null").toSortField());
        }
        return with(model.withOrderBy(list));
    }

    private static Val<Long> count(long n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + n);
        }
        return new Val<>(n, SqlType.BIGINT);
    }

    @Override
    public S limit(long n) {
        return with(model.withLimit(count(n, "limit")));
    }

    @Override
    public S limit(Field<Long> n) {
        return with(model.withLimit(Checks.notNull(n, "n")));
    }

    @Override
    public S offset(long n) {
        return with(model.withOffset(count(n, "offset")));
    }

    @Override
    public S offset(Field<Long> n) {
        return with(model.withOffset(Checks.notNull(n, "n")));
    }

    @Override
    public S distinct() {
        notCompound("distinct()");
        return with(model.withDistinct(true));
    }

    @Override
    public S forUpdate() {
        notCompound("forUpdate()");
        return with(model.withLock(Lock.FOR_UPDATE));
    }

    @Override
    public S skipLocked() {
        if (model.lock() == Lock.NONE) {
            throw new IllegalStateException("skipLocked() comes after forUpdate()");
        }
        return with(model.withLock(Lock.FOR_UPDATE_SKIP_LOCKED));
    }

    @Override
    public <T> S bind(Param<T> param, T value) {
        return copy(model, cache, bound(bindings, param, value), loads);
    }

    @Override
    public S with(Relationship<?>... relationships) {
        Checks.notNull(relationships, "relationships");
        List<EagerLoad> next = Relationships.attach(loads, relationships, t -> model.sources().contains(t),
                "with(..)");
        for (int i = loads.size(); i < next.size(); i++) {
            requireSelected(next.get(i).relationship());
        }
        return copy(model, cache, bindings, next);
    }

    private void requireSelected(Relationship<?> r) {
        for (Column<?> c : r.sourceKey()) {
            boolean found = false;
            for (Field<?> f : model.select()) {
                if (f.equals(c) || f instanceof Aliased<?> a && a.field().equals(c)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("with(" + dev.quarry.internal.LoadHint.spelling(r) + ") matches "
                        + "children by " + c + ", which this select does not read: add it to select(..)");
            }
        }
    }

    @Override
    public List<R> fetch(Database db) {
        List<R> rows = super.fetch(db);
        EagerLoader.load(db, rows, loads);
        return rows;
    }

    /**
     * Runs the query and makes each result element with {@code values} from the row's column values: the
     * {@code map} of every {@code SelectN}, which hands the values straight to the user's function without
     * making a row object first. A query that loads relationships makes its rows (and loads) first.
     */
    <X> List<X> mapValues(Database db, RowFactory<X> values) {
        Checks.notNull(db, "db");
        if (!loads.isEmpty()) {
            List<R> rows = fetch(db);
            List<X> out = new ArrayList<>(rows.size());
            for (R r : rows) {
                out.add(values.create(null, ((Row) r).values().toArray()));
            }
            return out;
        }
        return Executor.fetchWith(db, plan(db.dialect()), bindings, values);
    }

    @Override
    public R fetchOne(Database db) {
        R row = super.fetchOne(db);
        if (row != null) {
            EagerLoader.load(db, List.of(row), loads);
        }
        return row;
    }

    @Override
    public Stream<R> fetchStream(Database db) {
        if (loads.isEmpty()) {
            return super.fetchStream(db);
        }
        Checks.notNull(db, "db");
        // Connector/J runs no other statement on a connection while it streams, and a transaction has one
        // connection: there the parents are read first and their children loaded chunk by chunk.
        Stream<R> parents = db.inTransaction() && db.dialect().driver().streamBlocksConnection()
                ? super.fetch(db).stream() : super.fetchStream(db);
        return EagerLoader.stream(db, parents, loads);
    }

    @Override
    public <E> List<E> fetchInto(Database db, Class<E> type) {
        if (loads.isEmpty()) {
            return super.fetchInto(db, type);
        }
        Checks.notNull(db, "db");
        var plan = plan(db.dialect());
        NestedMapper<E> mapper = NestedLoader.mapper(plan, Checks.notNull(type, "type"), model.select(), loads);
        if (NestedLoader.supports(mapper)) {
            return NestedLoader.fetchInto(db, plan, bindings, mapper);
        }
        List<R> rows = fetch(db);
        List<E> out = new ArrayList<>(rows.size());
        for (R r : rows) {
            out.add(mapper.map((Row) r));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && ((SelectStep<?, ?>) o).loads.equals(loads);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + loads.hashCode();
    }

    @Override
    public S timeout(java.time.Duration timeout) {
        return copy(model, cache, withTimeout(bindings, timeout), loads);
    }

    /**
     * This select {@code UNION} {@code other}: the rows of both without duplicates. The other side is a select
     * of the same degree and column types (checked by the compiler). {@code orderBy}, {@code limit} and
     * {@code offset} written after it apply to the whole result and name the columns of this (the first)
     * select.
     *
     * <pre>{@code SELECT ... UNION SELECT ...}</pre>
     *
     * <b>Dialects:</b> a member with its own ORDER BY, LIMIT or set operation is parenthesised on MySQL and
     * PostgreSQL and written {@code SELECT * FROM (...)} on SQLite, which allows no parentheses around a member.
     *
     * @throws IllegalStateException if this select already has an ORDER BY, LIMIT or OFFSET (they would
     *                               apply to the whole result: write them after the set operation)
     * @since 0.1.0
     */
    public S union(S other) {
        return setOperation(SetOperation.Kind.UNION, false, other);
    }

    /**
     * This select {@code UNION ALL} {@code other}: the rows of both, duplicates kept.
     *
     * <pre>{@code SELECT ... UNION ALL SELECT ...}</pre>
     *
     * <b>Dialects:</b> members are parenthesised as for {@link #union(SelectStep)}.
     *
     * @see #union(SelectStep)
     * @since 0.1.0
     */
    public S unionAll(S other) {
        return setOperation(SetOperation.Kind.UNION, true, other);
    }

    /**
     * This select {@code INTERSECT} {@code other}: the distinct rows found in both.
     *
     * <pre>{@code SELECT ... INTERSECT SELECT ...}</pre>
     *
     * <b>Dialects:</b> MySQL 8.0.31+, MariaDB 10.3+, PostgreSQL, SQLite.
     *
     * @throws UnsupportedFeatureException when rendered for a database without INTERSECT
     * @since 0.1.0
     */
    public S intersect(S other) {
        return setOperation(SetOperation.Kind.INTERSECT, false, other);
    }

    /**
     * This select {@code INTERSECT ALL} {@code other}: rows found in both, as many times as in both.
     *
     * <pre>{@code SELECT ... INTERSECT ALL SELECT ...}</pre>
     *
     * <b>Dialects:</b> PostgreSQL, MySQL 8.0.31+, MariaDB 10.5+; not SQLite.
     *
     * @throws UnsupportedFeatureException when rendered for a database without INTERSECT ALL
     * @since 0.1.0
     */
    public S intersectAll(S other) {
        return setOperation(SetOperation.Kind.INTERSECT, true, other);
    }

    /**
     * This select {@code EXCEPT} {@code other}: the distinct rows of this select not found in the other.
     *
     * <pre>{@code SELECT ... EXCEPT SELECT ...}</pre>
     *
     * <b>Dialects:</b> MySQL 8.0.31+, MariaDB 10.3+, PostgreSQL, SQLite.
     *
     * @throws UnsupportedFeatureException when rendered for a database without EXCEPT
     * @since 0.1.0
     */
    public S except(S other) {
        return setOperation(SetOperation.Kind.EXCEPT, false, other);
    }

    /**
     * This select {@code EXCEPT ALL} {@code other}: rows of this select, each as many times more than in the
     * other.
     *
     * <pre>{@code SELECT ... EXCEPT ALL SELECT ...}</pre>
     *
     * <b>Dialects:</b> PostgreSQL, MySQL 8.0.31+, MariaDB 10.5+; not SQLite.
     *
     * @throws UnsupportedFeatureException when rendered for a database without EXCEPT ALL
     * @since 0.1.0
     */
    public S exceptAll(S other) {
        return setOperation(SetOperation.Kind.EXCEPT, true, other);
    }

    private S setOperation(SetOperation.Kind kind, boolean all, S other) {
        Checks.notNull(other, "other");
        if (!model.orderBy().isEmpty() || model.limit() != null || model.offset() != null) {
            throw new IllegalStateException(kind.name().toLowerCase(java.util.Locale.ROOT) + "(..) after orderBy, "
                    + "limit or offset: write them after the set operation, where they apply to the whole result "
                    + "(or select from this one with asTable(..))");
        }
        if (model.lock() != Lock.NONE || other.model.lock() != Lock.NONE) {
            throw new IllegalStateException("forUpdate() cannot be combined with a set operation");
        }
        SelectModel right = other.model;
        SelectModel m = model;
        for (CommonTableExpression cte : right.with()) {
            m = m.withWith(Ctes.declare(m.with(), cte));
        }
        m = m.withSetOperation(new SetOperation(kind, all, right.withWith(List.of())));
        Map<Param<?>, Object> b = bindings;
        if (!other.bindings.isEmpty()) {
            b = new java.util.HashMap<>(bindings);
            b.putAll(other.bindings);
        }
        return copy(m, new PlanCache<>(), b, loads);
    }

    /**
     * This select as a derived table named {@code alias}, for FROM and JOIN: {@code (SELECT ...) alias}. Read
     * its columns with {@code t.field(COLUMN)} or {@code t.field(expr.as("name"))}.
     *
     * @throws IllegalStateException if this select has values bound with {@code bind(..)}: bind them on the
     *                               outer query
     * @since 0.1.0
     */
    @Override
    public DerivedTable asTable(String alias) {
        unbound("asTable(..)");
        return new DerivedTable(alias, model);
    }

    /** Refuses to nest a select that carries bound parameter values, which the enclosing query would lose. */
    final void unbound(String use) {
        if (!bindings.isEmpty() && !(bindings.size() == 1 && bindings.containsKey(Timeouts.KEY))) {
            throw new IllegalStateException(use + " of a select with bound parameters " + bindings.keySet()
                    + ": bind them on the query that uses it, where they are sent");
        }
    }
}
