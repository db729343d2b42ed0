package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;
import java.util.List;

/**
 * A scalar function call such as {@code LOWER(x)}. The name is Quarry's own (lower case); each dialect
 * may render a name its own way through {@code renderFunction}.
 *
 * @param name the function's Quarry name, e.g. {@code "lower"}, {@code "year"}, {@code "concat"}
 * @param type the result type
 * @param args the arguments
 * @since 0.1.0
 */
public record FunctionCall<T>(String name, SqlType<T> type, List<Field<?>> args) implements Field<T> {
    public FunctionCall {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFunction(this);
    }
}
