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
    /**
     * This aggregate over {@code window} instead of over a group: {@code SUM(x) OVER (PARTITION BY ..)}.
     *
     * <p><b>Dialects:</b> MySQL 8, MariaDB 10.2+, SQLite 3.25+ and PostgreSQL have window functions.
     *
     * @throws IllegalArgumentException for a DISTINCT aggregate, which no database computes over a window
     * @throws dev.quarry.UnsupportedFeatureException at render time where the database has no windows
     * @since 0.1.0
     */
    public Field<T> over(Window window) {
        return new Over<>(this, null, window);
    }

    /**
     * This aggregate over every row of the result: {@code SUM(x) OVER ()}.
     *
     * <p><b>Dialects:</b> window functions need MySQL 8, MariaDB 10.2+, SQLite 3.25+ or PostgreSQL.
     *
     * @throws dev.quarry.UnsupportedFeatureException at render time where the database has no windows
     * @since 0.1.0
     */
    public Field<T> over() {
        return over(Window.EMPTY);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }
}
