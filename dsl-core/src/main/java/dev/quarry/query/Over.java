package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * A window function or an aggregate computed over a window: {@code RANK() OVER (ORDER BY x)},
 * {@code SUM(x) OVER (PARTITION BY y)}. Exactly one of {@code aggregate} and {@code function} is set.
 *
 * @param aggregate the aggregate, or null
 * @param function  the window function, or null
 * @param window    the window
 * @since 0.1.0
 */
public record Over<T>(Aggregate<T> aggregate, WindowFunction<T> function, Window window) implements Field<T> {
    public Over {
        if ((aggregate == null) == (function == null)) {
            throw new IllegalArgumentException("OVER needs either an aggregate or a window function");
        }
        if (aggregate != null && aggregate.distinct()) {
            throw new IllegalArgumentException("an aggregate with DISTINCT cannot run over a window "
                    + "(no database has " + aggregate.name().toUpperCase(java.util.Locale.ROOT) + "(DISTINCT ..) OVER)");
        }
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
    }

    @Override
    public SqlType<T> type() {
        return aggregate != null ? aggregate.type() : function.type();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitOver(this);
    }
}
