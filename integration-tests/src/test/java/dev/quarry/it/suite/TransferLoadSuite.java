package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.LoadAccounts.LOAD_ACCOUNTS;
import static dev.quarry.it.suite.model.LoadTransfers.LOAD_TRANSFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Retry;
import dev.quarry.it.suite.model.LoadAccounts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The load test (Maven profile {@code load}): 8 threads make 2,000 money transfers each between 10 accounts,
 * each transfer one transaction run through {@link Retry}, so that deadlocks and serialization failures are
 * retried. A transfer is one of three kinds, drawn at random: in two of three, both balances are updated in
 * place ({@code balance = balance - ?}), the lower account id first, as an application that avoids deadlocks
 * does; one in ten updates them in the order of the transfer (from, then to), which deadlocks against another
 * going the other way; one in four reads both balances and writes them back at SERIALIZABLE, which conflicts
 * (a serialization failure on PostgreSQL, a deadlock on MySQL/MariaDB) and loses updates unless isolated.
 * Afterwards the total is unchanged, every account holds its opening balance plus exactly what the planned
 * transfers moved, and the transfer log (one row per transfer id, its primary key, written in the transfer's
 * transaction) holds each planned transfer once: none was applied twice, none in part, none lost.
 *
 * <p>{@code -Dquarry.load.threads} and {@code -Dquarry.load.transfers} (per thread) change the size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TransferLoadSuite {
    private static final int ACCOUNT_COUNT = 10;
    private static final long OPENING = 1_000_000;
    private static final int THREADS = Integer.getInteger("quarry.load.threads", 8);
    private static final int PER_THREAD = Integer.getInteger("quarry.load.transfers", 2_000);

    /** The database under test. */
    protected abstract Database db();

    @BeforeAll
    void openAccounts() {
        LoadAccounts.LOAD.dropAll(db());
        LoadAccounts.LOAD.createAll(db());
        db().transaction(tx -> {
            for (int id = 1; id <= ACCOUNT_COUNT; id++) {
                LOAD_ACCOUNTS.insert().set(LOAD_ACCOUNTS.ID, id).set(LOAD_ACCOUNTS.BALANCE, OPENING).execute(tx);
            }
        });
    }

    @AfterAll
    void dropAccounts() {
        LoadAccounts.LOAD.dropAll(db());
    }

    /** How a transfer writes the two balances. */
    private enum Kind { LOWER_ID_FIRST, FROM_FIRST, SERIALIZABLE_READ_WRITE }

    /** One planned transfer. */
    private record Plan(String id, int from, int to, long amount, Kind kind) {
    }

    private static List<List<Plan>> plans() {
        List<List<Plan>> plans = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(13_000L + t);
            List<Plan> plan = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                int from = 1 + random.nextInt(ACCOUNT_COUNT);
                int to = 1 + (from + random.nextInt(ACCOUNT_COUNT - 1)) % ACCOUNT_COUNT;
                int draw = random.nextInt(20);
                Kind kind = draw < 5 ? Kind.SERIALIZABLE_READ_WRITE : draw < 7 ? Kind.FROM_FIRST : Kind.LOWER_ID_FIRST;
                plan.add(new Plan(t + "-" + i, from, to, 1 + random.nextInt(100), kind));
            }
            plans.add(plan);
        }
        return plans;
    }

    private static long balance(Database tx, int id) {
        return select(LOAD_ACCOUNTS.BALANCE).from(LOAD_ACCOUNTS).where(LOAD_ACCOUNTS.ID.eq(id)).fetchSingle(tx).v1();
    }

    private static void move(Database tx, int account, long amount) {
        LOAD_ACCOUNTS.update().set(LOAD_ACCOUNTS.BALANCE, LOAD_ACCOUNTS.BALANCE.add(amount))
                .where(LOAD_ACCOUNTS.ID.eq(account)).execute(tx);
    }

    private static void apply(Database tx, Plan p, int attempt) throws java.sql.SQLException {
        if (p.kind() == Kind.SERIALIZABLE_READ_WRITE) {
            // set before the first statement, so that it applies to this transaction on every driver; SQLite's
            // transactions are always serializable
            Connection c = tx.acquireConnection();
            if (c.getTransactionIsolation() != Connection.TRANSACTION_SERIALIZABLE) {
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            }
            long from = balance(tx, p.from());
            long to = balance(tx, p.to());
            LOAD_ACCOUNTS.update().set(LOAD_ACCOUNTS.BALANCE, from - p.amount())
                    .where(LOAD_ACCOUNTS.ID.eq(p.from())).execute(tx);
            LOAD_ACCOUNTS.update().set(LOAD_ACCOUNTS.BALANCE, to + p.amount())
                    .where(LOAD_ACCOUNTS.ID.eq(p.to())).execute(tx);
        } else {
            boolean fromFirst = p.kind() == Kind.FROM_FIRST || p.from() < p.to();
            move(tx, fromFirst ? p.from() : p.to(), fromFirst ? -p.amount() : p.amount());
            move(tx, fromFirst ? p.to() : p.from(), fromFirst ? p.amount() : -p.amount());
        }
        LOAD_TRANSFERS.insert().set(LOAD_TRANSFERS.ID, p.id()).set(LOAD_TRANSFERS.FROM_ID, p.from())
                .set(LOAD_TRANSFERS.TO_ID, p.to()).set(LOAD_TRANSFERS.AMOUNT, p.amount())
                .set(LOAD_TRANSFERS.ATTEMPTS, attempt).execute(tx);
    }

    @Test
    void concurrentTransfersLoseNothingAndApplyEachOnce() throws Exception {
        List<List<Plan>> plans = plans();
        AtomicInteger retries = new AtomicInteger();
        Map<String, Integer> states = new ConcurrentHashMap<>();
        Retry retry = Retry.times(100).backoff(Duration.ofMillis(1), Duration.ofMillis(50)).onRetry((attempt, e) -> {
            retries.incrementAndGet();
            String state = e.sqlState() == null && e.getCause() instanceof java.sql.SQLException s
                    ? db().dialect().driver().sqlState(s) : e.sqlState();
            states.merge(String.valueOf(state), 1, Integer::sum);
        });
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began;
        long ended;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Plan> plan : plans) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (Plan p : plan) {
                        int[] attempt = {0};
                        db().transaction(retry, tx -> apply(tx, p, ++attempt[0]));
                    }
                    return null;
                }));
            }
            start.await();
            began = System.nanoTime();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            ended = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (ended - began) / 1e9;
        int transfers = THREADS * PER_THREAD;
        System.out.printf("load %s: %,d transfers by %d threads in %.1f s = %.0f transfers/s; %d re-runs %s%n",
                db().dialect().name(), transfers, THREADS, seconds, transfers / seconds, retries.get(),
                new TreeMap<>(states));

        long[] expected = new long[ACCOUNT_COUNT + 1];
        Set<String> ids = new HashSet<>();
        for (List<Plan> plan : plans) {
            for (Plan p : plan) {
                expected[p.from()] -= p.amount();
                expected[p.to()] += p.amount();
                ids.add(p.id());
            }
        }
        assertEquals(BigDecimal.valueOf(ACCOUNT_COUNT * OPENING), select(sum(LOAD_ACCOUNTS.BALANCE))
                .from(LOAD_ACCOUNTS).fetchSingle(db()).v1().stripTrailingZeros().setScale(0), "the total");
        for (int id = 1; id <= ACCOUNT_COUNT; id++) {
            assertEquals(OPENING + expected[id], balance(db(), id), "account " + id);
        }
        assertEquals((long) transfers, select(count()).from(LOAD_TRANSFERS).fetchSingle(db()).v1(),
                "one log row per transfer");
        Map<String, Integer> logged = new HashMap<>();
        select(LOAD_TRANSFERS.ID, LOAD_TRANSFERS.ATTEMPTS).from(LOAD_TRANSFERS).fetch(db())
                .forEach(r -> logged.put(r.v1(), r.v2()));
        assertEquals(ids, logged.keySet(), "every planned transfer logged, no other");
        // a body that ran again did so after a failure Retry reported (a transaction that could not begin
        // is re-run too, without running the body), and its earlier run left no log row, or the primary key
        // would have refused the later one
        int bodyReRuns = logged.values().stream().mapToInt(a -> a - 1).sum();
        assertTrue(logged.values().stream().allMatch(a -> a >= 1) && bodyReRuns <= retries.get(),
                bodyReRuns + " re-runs of a body, " + retries.get() + " reported");
    }
}
