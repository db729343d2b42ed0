package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.Accounts.ACCOUNTS;
import static dev.quarry.it.suite.model.Transfers.TRANSFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Retry;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.it.suite.model.Accounts;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real conflicts between concurrent transactions, cured by {@link Retry}: a deadlock between two transfers
 * that lock accounts in opposite orders, and read-modify-write transfers at SERIALIZABLE from four threads;
 * every transfer is applied exactly once and the total is unchanged.
 */
public abstract class ConflictSuite extends SuiteBase {
    private static final int ACCOUNT_COUNT = 5;
    private static final long OPENING = 1_000;

    @BeforeAll
    void createBank() {
        Accounts.BANK.dropAll(db());
        Accounts.BANK.createAll(db());
    }

    @AfterAll
    void dropBank() {
        Accounts.BANK.dropAll(db());
    }

    @BeforeEach
    void openAccounts() {
        db().transaction(tx -> {
            TRANSFERS.delete().whereAll().execute(tx);
            ACCOUNTS.delete().whereAll().execute(tx);
            for (int id = 1; id <= ACCOUNT_COUNT; id++) {
                ACCOUNTS.insert().set(ACCOUNTS.ID, id).set(ACCOUNTS.BALANCE, OPENING).execute(tx);
            }
        });
    }

    private long balance(Database db, int id) {
        return select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).fetchSingle(db).v1();
    }

    private long total() {
        return select(sum(ACCOUNTS.BALANCE)).from(ACCOUNTS).fetchSingle(db()).v1().longValue();
    }

    private long transfers() {
        return select(count()).from(TRANSFERS).fetchSingle(db()).v1();
    }

    /** Moves {@code amount} by reading both balances and writing them back: a lost update unless isolated. */
    private void transfer(Database tx, String id, int from, int to, long amount) {
        long a = balance(tx, from);
        long b = balance(tx, to);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, a - amount).where(ACCOUNTS.ID.eq(from)).execute(tx);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, b + amount).where(ACCOUNTS.ID.eq(to)).execute(tx);
        TRANSFERS.insert().set(TRANSFERS.ID, id).set(TRANSFERS.FROM_ID, from).set(TRANSFERS.TO_ID, to)
                .set(TRANSFERS.AMOUNT, amount).execute(tx);
    }

    @Test
    @Requires(Capability.FOR_UPDATE)
    void deadlockedTransfersAreRetriedAndEachAppliesOnce() throws Exception {
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger retries = new AtomicInteger();
        Retry retry = Retry.times(5).backoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .onRetry((attempt, e) -> retries.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int[] pair : new int[][] {{1, 2}, {2, 1}}) {
                AtomicInteger attempts = new AtomicInteger();
                done.add(pool.submit(() -> db().transaction(retry, tx -> {
                    // lock one account each, wait for the other thread, then reach for its account: a deadlock
                    select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(pair[0])).forUpdate().fetch(tx);
                    if (attempts.incrementAndGet() == 1) {
                        bothLocked.await(30, TimeUnit.SECONDS);
                    }
                    transfer(tx, "from-" + pair[0], pair[0], pair[1], 10 * pair[0]);
                })));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(retries.get() >= 1, "one of the two transactions must have been chosen as the deadlock victim");
        assertEquals(2L, transfers());
        assertEquals(OPENING - 10 + 20, balance(db(), 1));
        assertEquals(OPENING + 10 - 20, balance(db(), 2));
    }

    @Test
    @RequiresNot(Capability.FOR_UPDATE)
    void rowLocksAreRefusedWhereTheDatabaseHasNone() {
        var q = select(ACCOUNTS.BALANCE).from(ACCOUNTS).forUpdate();
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    @Requires(Capability.FOR_UPDATE)
    void concurrentSerializableTransfersEachApplyOnceAndKeepTheTotal() throws Exception {
        int threads = 4;
        int perThread = 15;
        AtomicInteger retries = new AtomicInteger();
        Retry retry = Retry.times(30).backoff(Duration.ofMillis(2), Duration.ofMillis(100))
                .onRetry((attempt, e) -> retries.incrementAndGet());
        long[] expected = new long[ACCOUNT_COUNT + 1];
        List<List<long[]>> plans = new ArrayList<>();
        Random random = new Random(14);
        for (int t = 0; t < threads; t++) {
            List<long[]> plan = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                int from = 1 + random.nextInt(ACCOUNT_COUNT);
                int to = 1 + (from + random.nextInt(ACCOUNT_COUNT - 1)) % ACCOUNT_COUNT;
                long amount = 1 + random.nextInt(50);
                expected[from] -= amount;
                expected[to] += amount;
                plan.add(new long[] {from, to, amount});
            }
            plans.add(plan);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long[] p = plans.get(thread).get(i);
                        String id = thread + "-" + i;
                        db().transaction(retry, tx -> {
                            try (Statement s = tx.acquireConnection().createStatement()) {
                                s.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
                            }
                            transfer(tx, id, (int) p[0], (int) p[1], p[2]);
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals((long) threads * perThread, transfers());
        assertEquals(OPENING * ACCOUNT_COUNT, total());
        for (int id = 1; id <= ACCOUNT_COUNT; id++) {
            assertEquals(OPENING + expected[id], balance(db(), id), "account " + id);
        }
        System.out.println(getClass().getSimpleName() + ": " + threads * perThread + " transfers, " + retries.get()
                + " re-runs after conflicts");
    }
}
