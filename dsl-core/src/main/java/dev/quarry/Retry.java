package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.internal.Sneaky;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often a transaction is run again after a serialization failure or a deadlock, and how long to wait
 * in between: an immutable value, safe to share.
 *
 * <pre>{@code
 * static final Retry RETRY = Retry.times(5).backoff(Duration.ofMillis(10), Duration.ofMillis(500))
 *         .onRetry((attempt, e) -> log.warn("transfer attempt {} failed: {}", attempt, e.sqlState()));
 *
 * db.transaction(RETRY, tx -> transfer(tx, from, to, amount));
 * }</pre>
 *
 * <p>The whole body runs again, in a new transaction, only when it failed with a
 * {@link QueryExecutionException} that the dialect calls transient
 * ({@link dev.quarry.dialect.Dialect#isTransient}). <b>Dialects:</b> SQLState {@code 40001} (serialization
 * failure; SQLite's busy database) or {@code 40P01} (PostgreSQL deadlock), and on MySQL/MariaDB error 1213
 * (deadlock, also a Galera certification conflict) or 1205 (lock wait timeout). Any other failure is thrown
 * at once. {@code times(n)} allows n attempts in all; when they run out, the last failure is thrown
 * unchanged. Between attempts the thread sleeps an exponential backoff with jitter: after the k-th failure
 * between half and all of {@code min · 2^(k-1)}, capped at {@code max}.
 *
 * <p>Called on a {@code tx} (inside a transaction), or inside a transaction that the database's
 * {@link dev.quarry.spi.TransactionProvider} runs already (a Spring {@code @Transactional} method), the body
 * runs once, as a nested transaction: only the outermost transaction can be run again, so the failure goes up
 * to it.
 *
 * @since 0.1.0
 */
public final class Retry {
    private static final Duration DEFAULT_MIN = Duration.ofMillis(10);
    private static final Duration DEFAULT_MAX = Duration.ofSeconds(1);

    private final int attempts;
    private final Duration min;
    private final Duration max;
    private final Listener listener;

    /** What {@link #onRetry} calls before each re-run. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called once per re-run, before the backoff.
         *
         * @param attempt the 1-based number of the attempt that failed
         * @param failure its failure
         */
        void onRetry(int attempt, QueryExecutionException failure);
    }

    private Retry(int attempts, Duration min, Duration max, Listener listener) {
        this.attempts = attempts;
        this.min = min;
        this.max = max;
        this.listener = listener;
    }

    /**
     * At most {@code attempts} runs in all (the first and {@code attempts - 1} re-runs), with a backoff from
     * 10 ms to 1 s.
     *
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public static Retry times(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1 (the first run), not " + attempts);
        }
        return new Retry(attempts, DEFAULT_MIN, DEFAULT_MAX, null);
    }

    /**
     * A copy that waits between {@code min} and {@code max}, doubling from {@code min}, with jitter.
     * {@code Duration.ZERO} for both re-runs at once.
     *
     * @throws IllegalArgumentException if either is null or negative, or {@code min} is more than {@code max}
     */
    public Retry backoff(Duration min, Duration max) {
        Checks.notNull(min, "min");
        Checks.notNull(max, "max");
        if (min.isNegative() || max.isNegative() || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("backoff needs 0 <= min <= max, not min " + min + ", max " + max);
        }
        return new Retry(attempts, min, max, listener);
    }

    /** A copy that calls {@code listener} before each re-run (for logging); replaces an earlier one. */
    public Retry onRetry(Listener listener) {
        return new Retry(attempts, min, max, Checks.notNull(listener, "listener"));
    }

    /** The number of attempts in all. */
    public int attempts() {
        return attempts;
    }

    /** The first wait. */
    public Duration minBackoff() {
        return min;
    }

    /** The longest wait. */
    public Duration maxBackoff() {
        return max;
    }

    /** Runs {@code body} in transactions of {@code db} until it succeeds, fails for good or runs out of attempts. */
    <R> R run(Database db, Database.TransactionFunction<R> body) {
        Checks.notNull(body, "body");
        if (db.inTransaction()) {
            return db.transactionResult(body);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return db.transactionResult(body);
            } catch (Throwable t) {
                QueryExecutionException failure = transientFailure(db, t);
                if (failure == null || attempt >= attempts) {
                    throw Sneaky.rethrow(t);
                }
                if (listener != null) {
                    listener.onRetry(attempt, failure);
                }
                if (!sleep(attempt)) {
                    throw Sneaky.rethrow(t);
                }
            }
        }
    }

    /** The {@link QueryExecutionException} in {@code t}'s cause chain that the dialect calls transient, or null. */
    private static QueryExecutionException transientFailure(Database db, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof QueryExecutionException q) {
                Throwable cause = q.getCause();
                return cause instanceof SQLException s && db.dialect().driver().isTransient(s) ? q : null;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** Sleeps the backoff after the {@code failures}-th failure; false if the thread was interrupted. */
    private boolean sleep(int failures) {
        long minNanos = min.toNanos();
        long maxNanos = max.toNanos();
        long ceiling = minNanos;
        for (int i = 1; i < failures && ceiling < maxNanos; i++) {
            ceiling = ceiling > maxNanos / 2 ? maxNanos : ceiling * 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        if (ceiling <= 0) {
            return !Thread.currentThread().isInterrupted();
        }
        long nanos = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "Retry[attempts=" + attempts + ", backoff " + min + ".." + max + "]";
    }
}
