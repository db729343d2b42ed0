package dev.quarry.query;

import dev.quarry.Column;
import dev.quarry.Field;

/**
 * {@code column = value} in an UPDATE's SET or an upsert's DO UPDATE SET.
 *
 * @since 0.1.0
 */
public record Assignment(Column<?> column, Field<?> value) {
}
