package dev.quarry;

import dev.quarry.query.EagerLoad;
import dev.quarry.query.SortField;
import java.util.List;

/** How a relationship is loaded by {@code with(..)}: the filter and order of its child rows and what loads below them. */
record LoadOptions(Condition where, List<SortField> orderBy, List<EagerLoad> nested) {
    static final LoadOptions NONE = new LoadOptions(null, List.of(), List.of());

    LoadOptions {
        orderBy = List.copyOf(orderBy);
        nested = List.copyOf(nested);
    }
}
