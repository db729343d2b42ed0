package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;
import java.util.List;

/**
 * Plain SQL used as an expression; each {@code ?} in it takes the next argument, bound as a parameter.
 *
 * @since 0.1.0
 */
public record RawField<T>(String sql, List<Field<?>> args, SqlType<T> type) implements Field<T> {
    public RawField {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitRawField(this);
    }
}
