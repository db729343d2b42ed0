package dev.quarry.query;

import dev.quarry.Condition;

/**
 * {@code EXISTS (SELECT ...)} or {@code NOT EXISTS}.
 *
 * @since 0.1.0
 */
public record Exists(SelectModel select, boolean negated) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitExists(this);
    }
}
