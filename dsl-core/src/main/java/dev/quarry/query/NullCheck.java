package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code field IS NULL}, or {@code IS NOT NULL} when negated.
 *
 * @since 0.1.0
 */
public record NullCheck(Field<?> field, boolean negated) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitNullCheck(this);
    }
}
