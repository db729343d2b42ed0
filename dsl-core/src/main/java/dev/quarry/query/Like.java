package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code field LIKE pattern}; {@code NOT LIKE} when negated; case-insensitive everywhere when
 * {@code ignoreCase}.
 *
 * @since 0.1.0
 */
public record Like(Field<?> field, Field<?> pattern, boolean negated, boolean ignoreCase) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitLike(this);
    }
}
