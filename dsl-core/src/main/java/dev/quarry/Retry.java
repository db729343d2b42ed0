package dev.quarry;

import dev.quarry.internal.Checks;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * How often to re-run a transaction that the database aborted because it conflicted with another one: a
 * serialization failure, a deadlock, or a Galera certification conflict. Pass it to
 * {@link Database#transaction(Retry, Database.TransactionBody)}:
 *
 * <pre>{@code
 * Retry retry = Retry.times(5)
 *         .backoff(Duration.ofMillis(10), Duration.ofSeconds(1))
 *         .onRetry((attempt, e) -> log.warn("attempt {} conflicted, retrying: {}", attempt, e.sqlState()));
 * db.transaction(retry, tx -> transfer(tx, from, to, amount));
 * }</pre>
 *
 * <p>A failure is retried when its SQLState is {@code 40001} (serialization failure; MariaDB and MySQL
 * report deadlocks and Galera certification conflicts with it too) or {@code 40P01} (PostgreSQL deadlock),
 * or when its vendor code is MySQL/MariaDB {@code 1213} (deadlock, also Galera's "Deadlock found when
 * trying to get lock; try restarting transaction" for a certification conflict) or {@code 1205} (lock wait
 * timeout). Nothing else is retried: a constraint violation, a syntax error or an exception of the body's
 * own is thrown at once.
 *
 * <p>The body runs again from the start on a fresh transaction, so it must be re-runnable: it must not
 * keep effects outside the database (sent mail, counters in memory) from a failed attempt.
 *
 * <p>Between attempts the thread sleeps for an exponential backoff with full jitter: a random time between
 * zero and {@code min * 2^(attempt-1)}, capped at {@code max}. An interrupt during that sleep stops the
 * retries and throws the last failure, with the thread's interrupt flag set again.
 *
 * <p>A {@code Retry} is an immutable value, safe to share between threads; every method returns a copy.
 *
 * <p><b>Dialects:</b> SQLite reports write conflicts as {@code SQLITE_BUSY}, which is not retried: give the
 * SQLite driver a busy timeout instead.
 *
 * @since 0.1.0
 */
public final class Retry {
    private static final Set<String> STATES = Set.of("40001", "40P01");
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final Duration DEFAULT_MIN = Duration.ofMillis(10);
    private static final Duration DEFAULT_MAX = Duration.ofSeconds(1);

    /** Called before each re-run, for logging. */
    @FunctionalInterface
    public interface Listener {
        /**
         * A transaction attempt failed and is about to be re-run.
         *
         * @param attempt the 1-based number of the attempt that failed
         * @param failure why it failed
         */
        void onRetry(int attempt, QueryExecutionException failure);
    }

    private final int attempts;
    private final Duration min;
    private final Duration max;
    private final Listener listener;

    private Retry(int attempts, Duration min, Duration max, Listener listener) {
        this.attempts = attempts;
        this.min = min;
        this.max = max;
        this.listener = listener;
    }

    /**
     * At most {@code attempts} runs in all: the first and {@code attempts - 1} re-runs, with a backoff of
     * 10 ms to 1 s between them.
     *
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public static Retry times(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1 (the first run), but was " + attempts);
        }
        return new Retry(attempts, DEFAULT_MIN, DEFAULT_MAX, null);
    }

    /**
     * A copy whose sleep before re-run {@code k} is random between zero and {@code min * 2^(k-1)}, capped at
     * {@code max}. {@code backoff(Duration.ZERO, Duration.ZERO)} re-runs at once.
     *
     * @throws IllegalArgumentException if either is null or negative, or {@code min} is longer than {@code max}
     */
    public Retry backoff(Duration min, Duration max) {
        Checks.notNull(min, "min");
        Checks.notNull(max, "max");
        if (min.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative, but min was " + min
                    + " and max " + max);
        }
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("backoff min (" + min + ") must not be longer than max (" + max + ")");
        }
        return new Retry(attempts, min, max, listener);
    }

    /** A copy that calls {@code listener} before each re-run (after the failed attempt was rolled back). */
    public Retry onRetry(Listener listener) {
        return new Retry(attempts, min, max, Checks.notNull(listener, "listener"));
    }

    /** The most runs in all, the first included. */
    public int attempts() {
        return attempts;
    }

    /** The shortest backoff ceiling (before the first re-run). */
    public Duration minBackoff() {
        return min;
    }

    /** The longest backoff ceiling. */
    public Duration maxBackoff() {
        return max;
    }

    /**
     * True if {@code failure} is one a re-run can cure: SQLState {@code 40001} or {@code 40P01}, or vendor
     * code {@code 1213} or {@code 1205} on a MySQL or MariaDB server (Galera included).
     */
    public static boolean isRetryable(QueryExecutionException failure) {
        if (failure == null) {
            return false;
        }
        if (failure.sqlState() != null && STATES.contains(failure.sqlState())) {
            return true;
        }
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                // PostgreSQL and SQLite never use these vendor codes (PostgreSQL reports 0), so the numbers
                // identify MySQL/MariaDB without asking which dialect is in use.
                if ((s.getSQLState() != null && STATES.contains(s.getSQLState()))
                        || s.getErrorCode() == MYSQL_DEADLOCK || s.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The sleep before re-run number {@code rerun} (1-based): random in [0, min(max, min * 2^(rerun-1))]. */
    Duration delay(int rerun) {
        long minNanos = min.toNanos();
        long maxNanos = max.toNanos();
        long ceiling = minNanos;
        for (int i = 1; i < rerun && ceiling < maxNanos; i++) {
            ceiling = ceiling > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : ceiling * 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        return ceiling <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Runs {@code once} until it succeeds, fails with something not retryable, or the attempts run out. */
    <R> R run(Supplier<R> once) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once.get();
            } catch (QueryExecutionException e) {
                if (attempt >= attempts || !isRetryable(e)) {
                    throw e;
                }
                if (listener != null) {
                    listener.onRetry(attempt, e);
                }
                Duration pause = delay(attempt);
                if (!pause.isZero()) {
                    try {
                        Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        e.addSuppressed(interrupted);
                        throw e;
                    }
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Retry r && r.attempts == attempts && r.min.equals(min) && r.max.equals(max)
                && java.util.Objects.equals(r.listener, listener);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(attempts, min, max);
    }

    @Override
    public String toString() {
        return "Retry[attempts=" + attempts + ", backoff=" + min + ".." + max + "]";
    }
}
