package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.dialect.AnsiDialect;
import dev.quarry.dialect.Dialect;
import dev.quarry.internal.GenericRow;
import dev.quarry.jdbc.RowFactory;
import dev.quarry.jdbc.Plan;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.Node;
import dev.quarry.render.RenderedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every query value shares: its model, the compiled plan per dialect (rendered at most once), and
 * the values of named parameters. Equality is structural (model and bound values), never by SQL text.
 */
abstract class QueryBase<R> {
    final PlanCache<R> cache;
    final Map<Param<?>, Object> bindings;

    QueryBase(PlanCache<R> cache, Map<Param<?>, Object> bindings) {
        this.cache = cache;
        this.bindings = bindings;
    }

    /** The statement's model. */
    abstract Node node();

    /** The fields read from each result row (empty for plain DML). */
    List<Field<?>> resultFields() {
        return List.of();
    }

    @SuppressWarnings("unchecked")
    RowFactory<R> rowFactory() {
        return (RowFactory<R>) (RowFactory<GenericRow>) GenericRow::new;
    }

    final Plan<R> plan(Dialect dialect) {
        Plan<R> p = cache.cached(dialect);
        if (p != null) {
            return p;
        }
        return cache.get(dialect, d -> Plan.compile(d, node(), resultFields(), rowFactory()));
    }

    static Map<Param<?>, Object> bound(Map<Param<?>, Object> bindings, Param<?> param, Object value) {
        Checks.notNull(param, "param");
        Map<Param<?>, Object> copy = new HashMap<>(bindings);
        copy.put(param, value);
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** {@code bindings} with a statement timeout ({@link dev.quarry.internal.Timeouts#KEY}). */
    static Map<Param<?>, Object> withTimeout(Map<Param<?>, Object> bindings, java.time.Duration timeout) {
        return bound(bindings, dev.quarry.internal.Timeouts.KEY,
                dev.quarry.internal.Timeouts.check(timeout, "timeout"));
    }

    /** The SQL and binds for {@code dialect}; rendered once per dialect and cached. */
    public RenderedQuery toSql(Dialect dialect) {
        return plan(Checks.notNull(dialect, "dialect")).rendered();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryBase<?> q && q.getClass() == getClass() && q.node().equals(node())
                && q.bindings.equals(bindings);
    }

    @Override
    public int hashCode() {
        return node().hashCode();
    }

    /** The SQL in standard form, for debugging (run queries with a real dialect). */
    @Override
    public String toString() {
        try {
            return Plan.compile(AnsiDialect.INSTANCE, node(), List.of(), rowFactory()).rendered().toString();
        } catch (RuntimeException e) {
            return getClass().getSimpleName() + "[cannot render: " + e.getMessage() + "]";
        }
    }
}
