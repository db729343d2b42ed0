package dev.quarry.schema;

import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint.
 *
 * @param name    the constraint name, or an empty string
 * @param columns the columns, in constraint order
 * @since 0.1.0
 */
public record UniqueInfo(String name, List<String> columns) {
    public UniqueInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
