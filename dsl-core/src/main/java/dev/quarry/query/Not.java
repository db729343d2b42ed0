package dev.quarry.query;

import dev.quarry.Condition;

/**
 * {@code NOT (condition)}.
 *
 * @since 0.1.0
 */
public record Not(Condition condition) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitNot(this);
    }
}
