package dev.quarry.it.galera;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.Accounts.ACCOUNTS;
import static dev.quarry.it.suite.model.Transfers.TRANSFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Retry;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.model.Accounts;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What changes on a multi-primary Galera cluster: writes through any node are seen by all, conflicting
 * writes through different nodes fail certification and succeed when retried, and a node that stops takes
 * nothing committed with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GaleraClusterTest {
    private static final int ACCOUNT_COUNT = 5;
    private static final long OPENING = 1_000;

    private Database node(int n) {
        return ClusterServers.galera(n);
    }

    @BeforeAll
    void createBank() {
        Accounts.BANK.dropAll(node(1));
        Accounts.BANK.createAll(node(1));
    }

    @BeforeEach
    void openAccounts() {
        node(1).transaction(tx -> {
            TRANSFERS.delete().whereAll().execute(tx);
            ACCOUNTS.delete().whereAll().execute(tx);
            for (int id = 1; id <= ACCOUNT_COUNT; id++) {
                ACCOUNTS.insert().set(ACCOUNTS.ID, id).set(ACCOUNTS.BALANCE, OPENING).execute(tx);
            }
        });
    }

    private static long balance(Database db, int id) {
        return select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).fetchSingle(db).v1();
    }

    private static long total(Database db) {
        return select(sum(ACCOUNTS.BALANCE)).from(ACCOUNTS).fetchSingle(db).v1().longValue();
    }

    private static Set<String> ledger(Database db) {
        return new HashSet<>(select(TRANSFERS.ID).from(TRANSFERS).fetch(db).stream().map(r -> r.v1()).toList());
    }

    private static long lockedBalance(Database tx, int id) {
        return select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).forUpdate().fetchSingle(tx).v1();
    }

    /**
     * Reads both balances with FOR UPDATE, then writes them back. Certification only compares the rows that
     * transactions write: a plain read on one node does not conflict with a write committed meanwhile through
     * another, so read-modify-write needs the row lock (which a replicated write then aborts).
     */
    private static void transfer(Database tx, String id, int from, int to, long amount) {
        long a = lockedBalance(tx, from);
        long b = lockedBalance(tx, to);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, a - amount).where(ACCOUNTS.ID.eq(from)).execute(tx);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, b + amount).where(ACCOUNTS.ID.eq(to)).execute(tx);
        TRANSFERS.insert().set(TRANSFERS.ID, id).set(TRANSFERS.FROM_ID, from).set(TRANSFERS.TO_ID, to)
                .set(TRANSFERS.AMOUNT, amount).execute(tx);
    }

    @Test
    void writesThroughAnyNodeAreReadThroughEveryNode() {
        node(2).transaction(tx -> transfer(tx, "via-2", 1, 2, 10));
        node(3).transaction(tx -> transfer(tx, "via-3", 2, 3, 5));
        for (int n = 1; n <= 3; n++) {
            assertEquals(Set.of("via-2", "via-3"), ledger(node(n)), "node " + n);
            assertEquals(OPENING + 5, balance(node(n), 2), "node " + n);
        }
    }

    @Test
    void aCertificationConflictIsRetriedAndLosesNoUpdate() throws Exception {
        CountDownLatch updatedOnNode1 = new CountDownLatch(1);
        CountDownLatch committedOnNode2 = new CountDownLatch(1);
        List<QueryExecutionException> conflicts = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> node2 = other.submit(() -> {
                updatedOnNode1.await(30, TimeUnit.SECONDS);
                ACCOUNTS.update().set(ACCOUNTS.BALANCE, balance(node(2), 1) + 1000).where(ACCOUNTS.ID.eq(1))
                        .execute(node(2));
                committedOnNode2.countDown();
                return null;
            });
            Retry retry = Retry.times(5).backoff(Duration.ofMillis(10), Duration.ofMillis(100))
                    .onRetry((attempt, e) -> conflicts.add(e));
            node(1).transaction(retry, tx -> {
                long before = balance(tx, 1);
                ACCOUNTS.update().set(ACCOUNTS.BALANCE, before + 1).where(ACCOUNTS.ID.eq(1)).execute(tx);
                if (attempts.incrementAndGet() == 1) {
                    // node 2 changes the same row and commits first: this transaction fails certification
                    updatedOnNode1.countDown();
                    committedOnNode2.await(30, TimeUnit.SECONDS);
                }
            });
            node2.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertEquals(2, attempts.get());
        assertEquals(1, conflicts.size());
        assertTrue(conflicts.get(0).getCause() instanceof SQLException s && s.getErrorCode() == 1213,
                "Galera reports a certification conflict as deadlock 1213: " + conflicts.get(0));
        for (int n = 1; n <= 3; n++) {
            assertEquals(OPENING + 1000 + 1, balance(node(n), 1), "node " + n);
        }
    }

    @Test
    void concurrentTransfersThroughEveryNodeEachApplyOnce() throws Exception {
        int perNode = 15;
        AtomicInteger retries = new AtomicInteger();
        Retry retry = Retry.times(30).backoff(Duration.ofMillis(2), Duration.ofMillis(100))
                .onRetry((attempt, e) -> retries.incrementAndGet());
        long[] expected = new long[ACCOUNT_COUNT + 1];
        long[][][] plans = new long[4][perNode][];
        Random random = new Random(14);
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i < perNode; i++) {
                int from = 1 + random.nextInt(ACCOUNT_COUNT);
                int to = 1 + (from + random.nextInt(ACCOUNT_COUNT - 1)) % ACCOUNT_COUNT;
                long amount = 1 + random.nextInt(50);
                expected[from] -= amount;
                expected[to] += amount;
                plans[n][i] = new long[] {from, to, amount};
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                int node = n;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perNode; i++) {
                        long[] p = plans[node][i];
                        String id = node + "-" + i;
                        node(node).transaction(retry, tx -> transfer(tx, id, (int) p[0], (int) p[1], p[2]));
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
        for (int n = 1; n <= 3; n++) {
            assertEquals(3L * perNode, select(count()).from(TRANSFERS).fetchSingle(node(n)).v1(), "node " + n);
            assertEquals(OPENING * ACCOUNT_COUNT, total(node(n)), "node " + n);
            for (int id = 1; id <= ACCOUNT_COUNT; id++) {
                assertEquals(OPENING + expected[id], balance(node(n), id), "account " + id + " on node " + n);
            }
        }
        System.out.println("GaleraClusterTest: " + 3 * perNode + " transfers through 3 nodes, " + retries.get()
                + " re-runs after certification conflicts or deadlocks");
    }

    @Test
    void stoppingANodeMidRunLosesNothingCommittedAndTheOthersKeepServing() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger[] afterStop = {null, new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        CountDownLatch stopped = new CountDownLatch(1);
        Retry retry = Retry.times(10).backoff(Duration.ofMillis(5), Duration.ofMillis(200));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> writers = new ArrayList<>();
        long runUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            for (int n = 1; n <= 3; n++) {
                int node = n;
                writers.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < runUntil; i++) {
                        if (stopped.getCount() == 0 && afterStop[1].get() >= 20 && afterStop[2].get() >= 20) {
                            return null;
                        }
                        String id = "w" + node + "-" + i;
                        try {
                            node(node).transaction(retry, tx -> TRANSFERS.insert().set(TRANSFERS.ID, id)
                                    .set(TRANSFERS.FROM_ID, node).set(TRANSFERS.TO_ID, node)
                                    .set(TRANSFERS.AMOUNT, 0L).execute(tx));
                        } catch (QueryExecutionException e) {
                            if (node == 3) {
                                return null;  // the node went away: what it committed before must survive
                            }
                            throw e;
                        }
                        committed.add(id);
                        if (stopped.getCount() == 0) {
                            afterStop[node].incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(1500);
            ClusterServers.script("galera.sh", "stop-node", "3");
            stopped.countDown();
            for (int n = 0; n < 2; n++) {
                writers.get(n).get(120, TimeUnit.SECONDS);
            }
            writers.get(2).get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
            ClusterServers.script("galera.sh", "start-node", "3");
        }
        assertTrue(afterStop[1].get() >= 20 && afterStop[2].get() >= 20,
                "nodes 1 and 2 kept committing after node 3 stopped: " + afterStop[1] + ", " + afterStop[2]);
        for (int n = 1; n <= 3; n++) {
            Set<String> present = ledger(node(n));
            Set<String> lost = new HashSet<>(committed);
            lost.removeAll(present);
            assertTrue(lost.isEmpty(), "node " + n + " lacks committed rows " + lost);
        }
        System.out.println("GaleraClusterTest: " + committed.size() + " rows committed while node 3 stopped and rejoined");
    }
}
