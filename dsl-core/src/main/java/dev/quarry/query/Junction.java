package dev.quarry.query;

import dev.quarry.Condition;
import java.util.List;

/**
 * Conditions joined by {@code AND} or {@code OR}.
 *
 * @since 0.1.0
 */
public record Junction(boolean and, List<Condition> conditions) implements Condition {
    public Junction {
        conditions = List.copyOf(conditions);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitJunction(this);
    }
}
