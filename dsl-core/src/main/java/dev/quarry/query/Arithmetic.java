package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * {@code left op right} for {@code + - * /}, or {@code -right} when {@code left} is null.
 *
 * @since 0.1.0
 */
public record Arithmetic<T>(Operator op, Field<?> left, Field<?> right, SqlType<T> type) implements Field<T> {

    /** The arithmetic operators. */
    public enum Operator {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), NEG("-");

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
        return visitor.visitArithmetic(this);
    }
}
