package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.AnsiDialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Retry as a value (no database): what it retries, how often, how long it waits; routing's argument checks. */
class RetryTest {

    private static QueryExecutionException failure(String state, int code) {
        return new QueryExecutionException("UPDATE accounts SET balance = ?", new SQLException("conflict", state, code));
    }

    @Test
    void retriesSerializationFailuresDeadlocksAndLockTimeoutsOnly() {
        assertTrue(Retry.isRetryable(failure("40001", 0)));
        assertTrue(Retry.isRetryable(failure("40P01", 0)));
        assertTrue(Retry.isRetryable(failure("40001", 1213)));
        assertTrue(Retry.isRetryable(failure("HY000", 1205)));
        assertTrue(Retry.isRetryable(failure(null, 1213)));
        assertFalse(Retry.isRetryable(failure("23505", 0)));
        assertFalse(Retry.isRetryable(failure("23000", 1062)));
        assertFalse(Retry.isRetryable(failure("42601", 0)));
        assertFalse(Retry.isRetryable(null));
    }

    @Test
    void runsAtMostTheGivenAttemptsAndThrowsTheLastFailureUnchanged() {
        List<Integer> retried = new ArrayList<>();
        List<QueryExecutionException> thrown = new ArrayList<>();
        Retry retry = Retry.times(3).backoff(Duration.ZERO, Duration.ZERO)
                .onRetry((attempt, e) -> retried.add(attempt));
        QueryExecutionException last = assertThrows(QueryExecutionException.class, () -> retry.run(() -> {
            QueryExecutionException e = failure("40001", 0);
            thrown.add(e);
            throw e;
        }));
        assertEquals(3, thrown.size());
        assertEquals(List.of(1, 2), retried);
        assertSame(thrown.get(2), last);
    }

    @Test
    void returnsTheValueOfTheAttemptThatSucceeds() {
        AtomicInteger runs = new AtomicInteger();
        String value = Retry.times(5).backoff(Duration.ZERO, Duration.ZERO).run(() -> {
            if (runs.incrementAndGet() < 3) {
                throw failure("40P01", 0);
            }
            return "done";
        });
        assertEquals("done", value);
        assertEquals(3, runs.get());
    }

    @Test
    void neverRetriesOtherFailures() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException own = new IllegalStateException("mine");
        assertSame(own, assertThrows(IllegalStateException.class, () -> Retry.times(5).run(() -> {
            runs.incrementAndGet();
            throw own;
        })));
        QueryExecutionException unique = failure("23505", 0);
        assertSame(unique, assertThrows(QueryExecutionException.class, () -> Retry.times(5).run(() -> {
            runs.incrementAndGet();
            throw unique;
        })));
        assertEquals(2, runs.get());
    }

    @Test
    void backoffIsJitteredBelowAnExponentialCeilingCappedAtMax() {
        Retry retry = Retry.times(10).backoff(Duration.ofMillis(10), Duration.ofMillis(50));
        for (int i = 0; i < 200; i++) {
            assertTrue(retry.delay(1).compareTo(Duration.ofMillis(10)) <= 0);
            assertTrue(retry.delay(2).compareTo(Duration.ofMillis(20)) <= 0);
            assertTrue(retry.delay(9).compareTo(Duration.ofMillis(50)) <= 0);
            assertFalse(retry.delay(9).isNegative());
        }
        assertEquals(Duration.ZERO, Retry.times(2).backoff(Duration.ZERO, Duration.ZERO).delay(5));
    }

    @Test
    void isAnImmutableValueWithCheckedArguments() {
        Retry base = Retry.times(4);
        Retry slow = base.backoff(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertEquals(Duration.ofMillis(10), base.minBackoff());
        assertEquals(Duration.ofSeconds(1), slow.minBackoff());
        assertEquals(4, slow.attempts());
        assertEquals(base, Retry.times(4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retry.times(0)).getMessage()
                .contains("attempts"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> base.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).getMessage().contains("min"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> base.backoff(Duration.ofSeconds(-1), Duration.ofSeconds(1))).getMessage().contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> base.backoff(null, Duration.ZERO))
                .getMessage().contains("min"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> base.onRetry(null)).getMessage()
                .contains("listener"));
    }

    @Test
    void routingChecksItsArgumentsAndPrimaryIsTheWriteSide() {
        Database primary = Database.of(new NoDataSource(), AnsiDialect.INSTANCE);
        Database replica = Database.of(new NoDataSource(), AnsiDialect.INSTANCE);
        Database routed = Database.routing(primary, replica);
        assertSame(primary, routed.primary());
        assertSame(primary, primary.primary());
        assertSame(replica, replica.primary());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(null)).getMessage()
                .contains("primary"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(primary, replica, null))
                .getMessage().contains("replicas[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(routed, replica))
                .getMessage().contains("routing handle"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> primary.transaction((Retry) null, tx -> { })).getMessage().contains("retry"));
    }

    /** A DataSource that is never asked for a connection. */
    private static final class NoDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("no database here", "08001");
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
