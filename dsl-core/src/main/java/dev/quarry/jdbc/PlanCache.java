package dev.quarry.jdbc;

import dev.quarry.dialect.Dialect;
import java.util.function.Function;

/**
 * The compiled plan of one immutable query, kept per dialect so that running a query again does not
 * render it again. Shared by the copies {@code bind(..)} makes, which differ only in values.
 *
 * @param <R> the row type
 * @since 0.1.0
 */
public final class PlanCache<R> {
    private volatile Plan<R> last;

    /** The plan already compiled for {@code dialect}, or null: lets callers skip making the compile function. */
    public Plan<R> cached(Dialect dialect) {
        Plan<R> p = last;
        return p != null && p.dialect == dialect ? p : null;
    }

    /** The plan for {@code dialect}, compiled on first use. */
    public Plan<R> get(Dialect dialect, Function<Dialect, Plan<R>> compile) {
        Plan<R> p = last;
        if (p != null && (p.dialect == dialect || p.dialect.equals(dialect))) {
            return p;
        }
        p = compile.apply(dialect);
        last = p;
        return p;
    }
}
