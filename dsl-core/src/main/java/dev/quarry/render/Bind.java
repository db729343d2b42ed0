package dev.quarry.render;

import dev.quarry.Param;
import dev.quarry.SqlType;

/**
 * One {@code ?} of a rendered statement: a value with its type, or a named {@link Param} whose value
 * comes with {@code bind(..)} at run time.
 *
 * @param value the value, when {@code param} is null
 * @param type  the SQL type the value is bound as
 * @param param the named parameter, or null
 * @since 0.1.0
 */
public record Bind(Object value, SqlType<?> type, Param<?> param) {
}
