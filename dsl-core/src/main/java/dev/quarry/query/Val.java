package dev.quarry.query;

import dev.quarry.internal.Checks;
import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * A value bound as a parameter ({@code ?}); never spliced into the SQL text.
 *
 * @param value the value (null binds SQL NULL)
 * @param type  how the value is bound
 * @since 0.1.0
 */
public record Val<T>(T value, SqlType<T> type) implements Field<T> {
    public Val {
        Checks.notNull(type, "type");
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitVal(this);
    }
}
