package dev.quarry.schema;

import dev.quarry.Column;
import java.util.List;

/**
 * An index, declared with {@code index("name", A, B)}; {@code CREATE [UNIQUE] INDEX name ON t (a, b)}.
 *
 * @param name    the index name
 * @param columns the indexed columns
 * @param unique  whether it is a UNIQUE index
 * @since 0.1.0
 */
public record Index(String name, List<Column<?>> columns, boolean unique) {
    public Index {
        columns = List.copyOf(columns);
    }
}
