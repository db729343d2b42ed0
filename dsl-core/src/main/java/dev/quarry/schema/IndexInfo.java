package dev.quarry.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index over plain columns (expression indexes are left out with a warning).
 *
 * @param name    the index name
 * @param columns the indexed columns, in index order
 * @param unique  true for a UNIQUE index that is not a UNIQUE constraint
 * @since 0.1.0
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {
    public IndexInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
