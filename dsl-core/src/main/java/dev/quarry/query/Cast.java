package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * {@code CAST(field AS type)}.
 *
 * @since 0.1.0
 */
public record Cast<T>(Field<?> field, SqlType<T> type) implements Field<T> {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCast(this);
    }
}
