package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code left op ANY (SELECT ...)} or {@code left op ALL (SELECT ...)}.
 *
 * @param op    the comparison
 * @param left  the value compared
 * @param right the quantified subquery
 * @since 0.1.0
 */
public record QuantifiedComparison(Comparison.Operator op, Field<?> left, Quantified<?> right) implements Condition {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitQuantifiedComparison(this);
    }
}
