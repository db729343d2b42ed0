package dev.quarry.schema;

import dev.quarry.Column;
import java.util.List;

/**
 * A table-level UNIQUE constraint over one or more columns, declared with {@code unique(A, B)}.
 *
 * @param columns the columns
 * @since 0.1.0
 */
public record UniqueKey(List<Column<?>> columns) {
    public UniqueKey {
        columns = List.copyOf(columns);
    }
}
