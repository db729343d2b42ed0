package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * A one-column, at-most-one-row select used as a value: {@code (SELECT ...)}.
 *
 * @since 0.1.0
 */
public record ScalarSubquery<T>(SelectModel select, SqlType<T> type) implements Field<T> {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitScalarSubquery(this);
    }
}
