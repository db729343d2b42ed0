package dev.quarry;

import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.SelectModel;
import java.util.List;
import java.util.Map;

/**
 * A select of untyped {@link Row}s: {@code Table.select()} and selects of more than ten fields.
 *
 * @since 0.1.0
 */
public final class RowSelect extends SelectStep<Row, RowSelect> {
    RowSelect(SelectModel model) {
        this(model, new PlanCache<>(), Map.of(), List.of());
    }

    RowSelect(SelectModel model, PlanCache<Row> cache, Map<Param<?>, Object> bindings, List<EagerLoad> loads) {
        super(model, cache, bindings, loads);
    }

    @Override
    RowSelect copy(SelectModel m, PlanCache<Row> c, Map<Param<?>, Object> b, List<EagerLoad> l) {
        return new RowSelect(m, c, b, l);
    }
}
