package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.Join;
import dev.quarry.query.Lock;
import dev.quarry.query.Node;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SortField;
import dev.quarry.query.Sortable;
import dev.quarry.query.TableSource;
import dev.quarry.query.Val;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    SelectStep(SelectModel model, PlanCache<R> cache, Map<Param<?>, Object> bindings) {
        super(cache, bindings);
        this.model = model;
    }

    abstract S copy(SelectModel m, PlanCache<R> cache, Map<Param<?>, Object> bindings);

    final S with(SelectModel m) {
        return copy(m, new PlanCache<>(), bindings);
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
        for (TableSource s : sources) {
            Checks.notNull(s, "a FROM item is null");
        }
        return with(model.withFrom(Arrays.asList(sources)));
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
        return with(model.withJoin(join));
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    @Override
    public S where(Condition condition) {
        Checks.notNull(condition, "condition");
        return with(model.withWhere(model.where() == null ? condition : model.where().and(condition)));
    }

    @Override
    public S groupBy(Field<?>... fields) {
        Checks.notNull(fields, "fields");
        List<Field<?>> list = new ArrayList<>(model.groupBy());
        for (Field<?> f : fields) {
            list.add(Checks.notNull(f, "a GROUP BY field is null"));
        }
        return with(model.withGroupBy(list));
    }

    @Override
    public S having(Condition condition) {
        Checks.notNull(condition, "condition");
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
        return with(model.withDistinct(true));
    }

    @Override
    public S forUpdate() {
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
        return copy(model, cache, bound(bindings, param, value));
    }

    @Override
    public S timeout(java.time.Duration timeout) {
        return copy(model, cache, withTimeout(bindings, timeout));
    }
}
