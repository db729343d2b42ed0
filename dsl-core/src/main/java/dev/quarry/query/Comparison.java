package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code left op right} for {@code = <> < <= > >=}.
 *
 * @since 0.1.0
 */
public record Comparison(Operator op, Field<?> left, Field<?> right) implements Condition {

    /** The comparison operators. */
    public enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The operator's SQL symbol. */
        public String symbol() {
            return symbol;
        }
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }
}
