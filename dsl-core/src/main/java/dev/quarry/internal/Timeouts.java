package dev.quarry.internal;

import dev.quarry.Param;
import dev.quarry.SqlType;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Statement timeouts. A query's own timeout ({@code q.timeout(d)}) rides along with its parameter values
 * under {@link #KEY}, so that every copy a query makes ({@code bind}, {@code timeout}) keeps it without a
 * field in each query class; the executor reads it from there and falls back to the database handle's.
 */
public final class Timeouts {
    /** The key of a query's timeout among its parameter values; never rendered, never bound. */
    public static final Param<Object> KEY = new Param<>("quarry.statement-timeout", SqlType.OTHER);

    private Timeouts() {
    }

    /** {@code timeout}, checked to be positive; {@code name} names the argument in the message. */
    public static Duration check(Duration timeout, String name) {
        Checks.notNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + timeout);
        }
        return timeout;
    }

    /** The query's own timeout among {@code bindings}, else {@code fallback} (either may be null). */
    public static Duration of(Map<Param<?>, Object> bindings, Duration fallback) {
        Object own = bindings.isEmpty() ? null : bindings.get(KEY);
        return own != null ? (Duration) own : fallback;
    }

    /** Cancels statements whose driver cannot time them out itself; one daemon thread, made on first use. */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "quarry-statement-timeout");
            t.setDaemon(true);
            return t;
        });

        static {
            TIMER.setRemoveOnCancelPolicy(true);
        }
    }

    /** A statement's timeout that {@link #cancelAfter} set: closing it (when the statement is done) disarms it. */
    public static final class Cancel implements AutoCloseable {
        private final ScheduledFuture<?> task;

        private Cancel(ScheduledFuture<?> task) {
            this.task = task;
        }

        @Override
        public void close() {
            task.cancel(false);
        }
    }

    /** Calls {@code statement.cancel()} from another thread after {@code timeout} unless the result is closed first. */
    public static Cancel cancelAfter(Statement statement, Duration timeout) {
        return new Cancel(Watchdog.TIMER.schedule(() -> {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException e) {
                // the statement ended or closed meanwhile: nothing left to cancel
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Whole seconds for {@code java.sql.Statement.setQueryTimeout}: rounded up, never 0 (which means none). */
    public static int seconds(Duration timeout) {
        long millis = timeout.toMillis();
        long seconds = (millis + 999) / 1000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
}
