package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * An aggregate function: {@code COUNT(*)}, {@code COUNT(DISTINCT x)}, {@code SUM(x)} ...
 *
 * @param name     {@code count}, {@code sum}, {@code avg}, {@code min} or {@code max}
 * @param distinct whether {@code DISTINCT} precedes the argument
 * @param arg      the argument, or null for {@code COUNT(*)}
 * @param type     the result type
 * @since 0.1.0
 */
public record Aggregate<T>(String name, boolean distinct, Field<?> arg, SqlType<T> type) implements Field<T> {
    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }
}
