package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.correctness.Accounts.ACCOUNTS;
import static dev.quarry.it.suite.correctness.Transfers.TRANSFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Retry;
import dev.quarry.it.suite.correctness.RetryModel;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code db.transaction(Retry.times(n), tx -> ..)}: concurrent transfers between ten accounts keep the total
 * with deadlocks and serialization failures retried; only transient failures are retried; the last failure
 * is thrown unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RetrySuite {
    private static final int ACCOUNT_COUNT = 10;
    private static final long OPENING = 1_000;

    /** The database under test. */
    protected abstract Database db();

    @BeforeAll
    void createSchema() {
        RetryModel.METADATA.dropAll(db());
        RetryModel.METADATA.createAll(db());
    }

    @BeforeEach
    void openAccounts() {
        db().transaction(tx -> {
            TRANSFERS.delete().whereAll().execute(tx);
            ACCOUNTS.delete().whereAll().execute(tx);
            for (int i = 1; i <= ACCOUNT_COUNT; i++) {
                ACCOUNTS.insert().set(ACCOUNTS.ID, i).set(ACCOUNTS.BALANCE, OPENING).execute(tx);
            }
        });
    }

    private static QueryExecutionException transientFailure(String sqlState) {
        return new QueryExecutionException("could not serialize access", null,
                new SQLException("could not serialize access", sqlState));
    }

    private static void move(Database tx, int from, int to, long amount) {
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.sub(amount)).where(ACCOUNTS.ID.eq(from)).execute(tx);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.add(amount)).where(ACCOUNTS.ID.eq(to)).execute(tx);
        TRANSFERS.insert().set(TRANSFERS.SOURCE, from).set(TRANSFERS.TARGET, to).set(TRANSFERS.AMOUNT, amount)
                .execute(tx);
    }

    @Test
    void concurrentTransfersKeepTheTotal() throws Exception {
        int threads = 4;
        int each = 100;
        AtomicInteger retries = new AtomicInteger();
        Map<String, Integer> states = new ConcurrentHashMap<>();
        Retry retry = Retry.times(20).backoff(Duration.ofMillis(1), Duration.ofMillis(50)).onRetry((attempt, e) -> {
            retries.incrementAndGet();
            states.merge(String.valueOf(e.sqlState()), 1, Integer::sum);
        });
        List<Throwable> failures = new ArrayList<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < each; i++) {
                        int from = 1 + random.nextInt(ACCOUNT_COUNT);
                        int to = 1 + (from + random.nextInt(ACCOUNT_COUNT - 1)) % ACCOUNT_COUNT;
                        long amount = 1 + random.nextInt(50);
                        try {
                            db().transaction(retry, tx -> move(tx, from, to, amount));
                        } catch (RuntimeException e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d transfers in %.2f s (%.0f/s), %d retried %s%n", db().dialect().name(),
                threads * each, seconds, threads * each / seconds, retries.get(), states);
        assertTrue(failures.isEmpty(), () -> failures.size() + " transfers failed, the first: " + failures.get(0));
        assertEquals(BigDecimal.valueOf(ACCOUNT_COUNT * OPENING),
                select(sum(ACCOUNTS.BALANCE)).from(ACCOUNTS).fetchSingle(db()).v1().stripTrailingZeros()
                        .setScale(0));
        assertEquals((long) threads * each, select(count()).from(TRANSFERS).fetchSingle(db()).v1());
        for (int id = 1; id <= ACCOUNT_COUNT; id++) {
            long out = total(select(sum(TRANSFERS.AMOUNT)).from(TRANSFERS).where(TRANSFERS.SOURCE.eq(id))
                    .fetchSingle(db()).v1());
            long in = total(select(sum(TRANSFERS.AMOUNT)).from(TRANSFERS).where(TRANSFERS.TARGET.eq(id))
                    .fetchSingle(db()).v1());
            assertEquals(OPENING - out + in, select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id))
                    .fetchSingle(db()).v1(), "account " + id + ": each transfer applied exactly once");
        }
    }

    private static long total(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    @Test
    void aTransientFailureRunsTheBodyAgainInANewTransaction() {
        List<Integer> attempts = new ArrayList<>();
        List<QueryExecutionException> seen = new ArrayList<>();
        List<QueryExecutionException> thrown = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        Retry retry = Retry.times(5).backoff(Duration.ZERO, Duration.ZERO).onRetry((attempt, e) -> {
            attempts.add(attempt);
            seen.add(e);
        });
        String result = db().transactionResult(retry, tx -> {
            move(tx, 1, 2, 10);
            int run = runs.incrementAndGet();
            if (run < 3) {
                QueryExecutionException e = transientFailure(run == 1 ? "40001" : "40P01");
                thrown.add(e);
                throw e;
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, runs.get());
        assertEquals(List.of(1, 2), attempts);
        assertEquals(thrown, seen);
        assertEquals(1L, select(count()).from(TRANSFERS).fetchSingle(db()).v1(), "failed runs rolled back");
        assertEquals(OPENING - 10, select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(1))
                .fetchSingle(db()).v1());
    }

    @Test
    void whenTheAttemptsRunOutTheLastFailureIsThrownUnchanged() {
        List<QueryExecutionException> thrown = new ArrayList<>();
        AtomicInteger retries = new AtomicInteger();
        Retry retry = Retry.times(3).backoff(Duration.ofMillis(1), Duration.ofMillis(2))
                .onRetry((attempt, e) -> retries.incrementAndGet());
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> db().transaction(retry, tx -> {
            move(tx, 1, 2, 10);
            QueryExecutionException failure = transientFailure("40001");
            thrown.add(failure);
            throw failure;
        }));
        assertEquals(3, thrown.size());
        assertSame(thrown.get(2), e);
        assertEquals(2, retries.get());
        assertEquals(0L, select(count()).from(TRANSFERS).fetchSingle(db()).v1());
    }

    @Test
    void otherFailuresAreThrownAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        Retry retry = Retry.times(5).onRetry((attempt, e) -> {
            throw new AssertionError("no retry expected after " + e);
        });
        QueryExecutionException duplicate = assertThrows(QueryExecutionException.class,
                () -> db().transaction(retry, tx -> {
                    runs.incrementAndGet();
                    ACCOUNTS.insert().set(ACCOUNTS.ID, 1).set(ACCOUNTS.BALANCE, 0L).execute(tx);
                }));
        assertEquals("23505", duplicate.sqlState());
        assertEquals(1, runs.get());
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> db().transaction(retry, tx -> {
            runs.incrementAndGet();
            throw bug;
        })));
        assertEquals(2, runs.get());
    }

    @Test
    void insideATransactionTheBodyRunsOnceAndTheFailureGoesUp() {
        AtomicInteger inner = new AtomicInteger();
        QueryExecutionException failure = transientFailure("40001");
        assertSame(failure, assertThrows(QueryExecutionException.class, () -> db().transaction(tx ->
                tx.transaction(Retry.times(5), nested -> {
                    inner.incrementAndGet();
                    throw failure;
                }))));
        assertEquals(1, inner.get());
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retry.times(0)).getMessage()
                .contains("attempts"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retry.times(2).backoff(null, Duration.ZERO))
                .getMessage().contains("min"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Retry.times(2).backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).getMessage()
                .contains("max"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retry.times(2).onRetry(null)).getMessage()
                .contains("listener"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> db().transaction((Retry) null, tx -> { }))
                .getMessage().contains("retry"));
    }
}
