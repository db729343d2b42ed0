package dev.quarry.schema;

import dev.quarry.Column;
import java.util.List;

/**
 * A table's primary key; composite keys are declared with {@code primaryKey(A, B)}.
 *
 * @param columns the key columns, in order
 * @since 0.1.0
 */
public record PrimaryKey(List<Column<?>> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
