package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code field IN (SELECT ...)} or {@code NOT IN}.
 *
 * @since 0.1.0
 */
public record InSubquery(Field<?> field, SelectModel select, boolean negated) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInSubquery(this);
    }
}
