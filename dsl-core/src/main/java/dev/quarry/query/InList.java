package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;
import java.util.List;

/**
 * {@code field IN (v1, v2, ...)} or {@code NOT IN}. Never empty: an empty IN is built as a constant
 * condition instead.
 *
 * @since 0.1.0
 */
public record InList(Field<?> field, List<Field<?>> values, boolean negated) implements Condition {
    public InList {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInList(this);
    }
}
