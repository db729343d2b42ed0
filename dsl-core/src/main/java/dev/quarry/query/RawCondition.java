package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;
import java.util.List;

/**
 * Plain SQL used as a condition; each {@code ?} takes the next argument, bound as a parameter.
 *
 * @since 0.1.0
 */
public record RawCondition(String sql, List<Field<?>> args) implements Condition {
    public RawCondition {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitRawCondition(this);
    }
}
