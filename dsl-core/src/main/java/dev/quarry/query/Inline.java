package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * A value written into the SQL as a literal ({@code inline(1)}), for the rare places that need one.
 *
 * @param value a number, boolean or string (strings are quoted and escaped by the renderer), or null
 * @param type  the value's type
 * @since 0.1.0
 */
public record Inline<T>(T value, SqlType<T> type) implements Field<T> {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInline(this);
    }
}
