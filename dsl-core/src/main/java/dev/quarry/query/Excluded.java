package dev.quarry.query;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * In an upsert's DO UPDATE SET, the value that was proposed for {@code column}: {@code EXCLUDED.col}
 * ({@code VALUES(col)} on MySQL).
 *
 * @since 0.1.0
 */
public record Excluded<T>(Column<T> column) implements Field<T> {
    @Override
    public SqlType<T> type() {
        return column.type();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitExcluded(this);
    }
}
