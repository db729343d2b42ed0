package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.correctness.Counters.COUNTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Select1;
import dev.quarry.it.suite.correctness.CorrectnessModel;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Statement timeouts: {@code q.timeout(..)} and {@code db.withQueryTimeout(..)} cancel a long query. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TimeoutSuite {
    /** Long enough that a test passing proves the statement was cancelled. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** The database under test. */
    protected abstract Database db();

    /** A query of this dialect that runs for a minute or more and returns one row. */
    protected abstract Select1<Integer> slowQuery();

    @BeforeAll
    void createSchema() {
        CorrectnessModel.METADATA.dropAll(db());
        CorrectnessModel.METADATA.createAll(db());
    }

    @Test
    void aQueryTimeoutCancelsALongQuery() {
        QueryExecutionException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                QueryExecutionException.class, () -> slowQuery().timeout(Duration.ofMillis(500)).fetch(db())));
        assertTrue(e.isTimeout(), e::toString);
        assertEquals(1L, select(count()).fetchSingle(db()).v1(), "the connection still works");
    }

    @Test
    void aDatabaseTimeoutCancelsALongQuery() {
        Database limited = db().withQueryTimeout(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(1), limited.queryTimeout().orElseThrow());
        QueryExecutionException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                QueryExecutionException.class, () -> slowQuery().fetch(limited)));
        assertTrue(e.isTimeout(), e::toString);
        QueryExecutionException inTransaction = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                QueryExecutionException.class, () -> limited.transaction(tx -> slowQuery().fetch(tx))));
        assertTrue(inTransaction.isTimeout(), inTransaction::toString);
    }

    @Test
    void quickStatementsRunUnderATimeout() {
        Database limited = db().withQueryTimeout(Duration.ofSeconds(5));
        COUNTERS.delete().whereAll().timeout(Duration.ofSeconds(5)).execute(limited);
        COUNTERS.insert().set(COUNTERS.ID, 1).set(COUNTERS.VALUE, 1).execute(limited);
        assertEquals(1, COUNTERS.update().set(COUNTERS.VALUE, 2).where(COUNTERS.ID.eq(1))
                .timeout(Duration.ofSeconds(5)).execute(limited));
        assertEquals(2, select(COUNTERS.VALUE).from(COUNTERS).timeout(Duration.ofMillis(1)).fetchSingle(limited)
                .v1());
        QueryExecutionException duplicate = assertThrows(QueryExecutionException.class,
                () -> COUNTERS.insert().set(COUNTERS.ID, 1).set(COUNTERS.VALUE, 1).execute(limited));
        assertFalse(duplicate.isTimeout());
        assertFalse(db().queryTimeout().isPresent());
    }

    @Test
    void badTimeoutsAreNamed() {
        var q = select(COUNTERS.VALUE).from(COUNTERS);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.timeout(Duration.ZERO)).getMessage()
                .contains("timeout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.timeout(null)).getMessage()
                .contains("timeout"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> db().withQueryTimeout(Duration.ofSeconds(-1))).getMessage().contains("timeout"));
    }
}
