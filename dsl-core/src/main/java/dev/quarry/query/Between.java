package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code field BETWEEN low AND high} or {@code NOT BETWEEN}.
 *
 * @since 0.1.0
 */
public record Between(Field<?> field, Field<?> low, Field<?> high, boolean negated) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }
}
