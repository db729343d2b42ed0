package dev.quarry.spi;

import dev.quarry.QuarryException;
import dev.quarry.QueryExecutionException;
import java.util.Objects;

/**
 * Hears about every statement a {@link dev.quarry.Database} runs, and may translate its failures: the hook
 * for metrics, tracing and framework exception hierarchies ({@code db.withListener(listener)}).
 *
 * <p>{@link #start} is called just before a statement runs and {@link #end} once after it, on the same
 * thread, with the time it took and its failure or {@code null}; for {@code fetchStream} the statement ends
 * when the stream is closed or exhausted. Listeners are told the statement's {@link StatementKind} and SQL
 * text (with {@code ?} for values), never the bound values. {@link #translate} turns a failed statement's
 * {@link QueryExecutionException} into the exception its caller sees, and {@link #translateResultSize} does
 * the same for {@code fetchOne}/{@code fetchSingle} finding too many rows or none; neither may throw.
 *
 * <pre>{@code
 * Database timed = db.withListener(new ExecutionListener() {
 *     public void end(StatementKind kind, String sql, long nanos, Throwable failure) {
 *         log.info("{} took {} µs{}", kind, nanos / 1_000, failure == null ? "" : " and failed");
 *     }
 * });
 * }</pre>
 *
 * <p>A database with no listener pays nothing for this hook. Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface ExecutionListener {
    /** A statement of {@code kind} is about to run {@code sql}. */
    default void start(StatementKind kind, String sql) {
    }

    /**
     * The statement ended after {@code nanos} nanoseconds; {@code failure} is what its caller receives
     * (after {@link #translate}), or null when it succeeded.
     */
    default void end(StatementKind kind, String sql, long nanos, Throwable failure) {
    }

    /**
     * The exception a failed statement throws instead of {@code failure}; {@code failure} itself by default.
     * The result should keep {@code failure} in its cause chain.
     */
    default RuntimeException translate(QueryExecutionException failure) {
        return failure;
    }

    /**
     * The exception that {@code fetchOne}, {@code fetchOptional} or {@code fetchSingle} throws instead of
     * {@code failure}, a {@link dev.quarry.TooManyRowsException} (more rows than one) or a
     * {@link dev.quarry.NoRowsException} (no row where one was required); {@code failure} itself by default.
     * The statement itself succeeded, so {@link #end} has already been called without a failure. The result
     * should keep {@code failure} in its cause chain.
     *
     * @since 0.1.0
     */
    default RuntimeException translateResultSize(QuarryException failure) {
        return failure;
    }

    /**
     * Both listeners, {@code first} then {@code second} ({@link #end} in reverse order); a failure is
     * translated by the first whose {@link #translate} (or {@link #translateResultSize}) returns something
     * other than the failure itself.
     */
    static ExecutionListener compose(ExecutionListener first, ExecutionListener second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return new ExecutionListener() {
            @Override
            public void start(StatementKind kind, String sql) {
                first.start(kind, sql);
                second.start(kind, sql);
            }

            @Override
            public void end(StatementKind kind, String sql, long nanos, Throwable failure) {
                second.end(kind, sql, nanos, failure);
                first.end(kind, sql, nanos, failure);
            }

            @Override
            public RuntimeException translate(QueryExecutionException failure) {
                RuntimeException r = first.translate(failure);
                return r != failure ? r : second.translate(failure);
            }

            @Override
            public RuntimeException translateResultSize(QuarryException failure) {
                RuntimeException r = first.translateResultSize(failure);
                return r != failure ? r : second.translateResultSize(failure);
            }
        };
    }
}
