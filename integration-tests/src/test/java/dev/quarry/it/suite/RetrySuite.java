package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.Accounts.ACCOUNTS;
import static dev.quarry.it.suite.model.Transfers.TRANSFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Retry;
import dev.quarry.it.suite.model.Accounts;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retryable transactions: a body aborted by a transient failure runs again on a fresh transaction, anything
 * else fails at once, the last failure is thrown unchanged, and a nested transaction is never re-run (real
 * conflicts between concurrent transactions are in {@link ConflictSuite}).
 */
public abstract class RetrySuite extends SuiteBase {
    private static final int ACCOUNT_COUNT = 5;
    private static final long OPENING = 1_000;
    private static final Retry QUICK = Retry.times(3).backoff(Duration.ZERO, Duration.ZERO);

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

    private static QueryExecutionException conflict() {
        return new QueryExecutionException("UPDATE accounts SET balance = ?",
                new SQLException("could not serialize access due to concurrent update", "40001"));
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
    void aConflictedBodyRunsAgainOnAFreshTransaction() {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> retried = new ArrayList<>();
        String result = db().transactionResult(QUICK.onRetry((attempt, e) -> retried.add(attempt)), tx -> {
            transfer(tx, "t1", 1, 2, 100);
            if (runs.incrementAndGet() == 1) {
                throw conflict();
            }
            return "applied";
        });
        assertEquals("applied", result);
        assertEquals(2, runs.get());
        assertEquals(List.of(1), retried);
        assertEquals(1L, transfers());
        assertEquals(OPENING - 100, balance(db(), 1));
        assertEquals(OPENING + 100, balance(db(), 2));
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> db().transaction(QUICK, tx -> {
            runs.incrementAndGet();
            transfer(tx, "same", 1, 2, 10);
            transfer(tx, "same", 2, 3, 10);
        }));
        assertEquals(1, runs.get());
        assertTrue(e.getCause() instanceof SQLException s && !db().dialect().isTransient(s), e.toString());
        assertEquals(0L, transfers());
        IllegalStateException own = new IllegalStateException("not a database failure");
        assertSame(own, assertThrows(IllegalStateException.class, () -> db().transaction(QUICK, tx -> {
            runs.incrementAndGet();
            throw own;
        })));
        assertEquals(2, runs.get());
    }

    @Test
    void theLastFailureIsThrownUnchangedWhenTheAttemptsRunOut() {
        List<QueryExecutionException> thrown = new ArrayList<>();
        QueryExecutionException last = assertThrows(QueryExecutionException.class, () -> db().transaction(QUICK, tx -> {
            transfer(tx, "t" + thrown.size(), 1, 2, 1);
            QueryExecutionException e = conflict();
            thrown.add(e);
            throw e;
        }));
        assertEquals(3, thrown.size());
        assertSame(thrown.get(2), last);
        assertEquals(0L, transfers());
        assertEquals(OPENING * ACCOUNT_COUNT, total());
    }

    @Test
    void insideATransactionARetryRunsOnceAsANestedTransaction() {
        AtomicInteger runs = new AtomicInteger();
        db().transaction(tx -> {
            transfer(tx, "outer", 1, 2, 5);
            assertThrows(QueryExecutionException.class, () -> tx.transaction(QUICK, inner -> {
                runs.incrementAndGet();
                transfer(inner, "inner", 2, 3, 5);
                throw conflict();
            }));
        });
        assertEquals(1, runs.get());
        assertEquals(1L, transfers());
    }
}
