package dev.quarry.it.suite;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Row1;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Row locks on the real server with two connections: {@code forUpdate()} makes a second locking reader wait
 * for the first transaction, and {@code forUpdate().skipLocked()} makes it pass over the locked rows.
 */
public abstract class LockSuite extends SuiteBase {
    /** How long the second connection must still be waiting while the first holds the lock. */
    private static final long HELD_MS = 500;

    private final ExecutorService second = Executors.newSingleThreadExecutor();

    @AfterAll
    void stopSecondConnection() {
        second.shutdownNow();
    }

    private long idOf(String name) {
        return select(USERS.ID).from(USERS).where(USERS.NAME.eq(name)).fetchSingle(db()).v1();
    }

    @Test
    @Requires(Capability.FOR_UPDATE)
    void forUpdateMakesASecondLockingReaderWaitForTheCommit() throws Exception {
        seedUsersAndPosts();
        long ann = idOf("Ann");
        Future<String> waiting = db().transactionResult(tx -> {
            select(USERS.NAME).from(USERS).where(USERS.ID.eq(ann)).forUpdate().fetchSingle(tx);
            USERS.update().set(USERS.NAME, "Ann (locked)").where(USERS.ID.eq(ann)).execute(tx);
            Future<String> f = second.submit(() -> db().transactionResult(tx2 ->
                    select(USERS.NAME).from(USERS).where(USERS.ID.eq(ann)).forUpdate().fetchSingle(tx2).v1()));
            Thread.sleep(HELD_MS);
            assertFalse(f.isDone(), "the second connection must wait while the first holds the row lock");
            return f;
        });
        assertEquals("Ann (locked)", waiting.get(30, TimeUnit.SECONDS),
                "after the commit the waiting reader gets the row, with the committed change");
    }

    @Test
    @RequiresNot(Capability.FOR_UPDATE)
    void forUpdateIsRefusedWhereThereAreNoRowLocks() {
        var q = select(USERS.NAME).from(USERS).forUpdate();
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    @Requires(Capability.FOR_UPDATE_SKIP_LOCKED)
    void skipLockedPassesOverTheRowsAnotherTransactionLocked() throws Exception {
        seedUsersAndPosts();
        long ann = idOf("Ann");
        List<String> seen = db().transactionResult(tx -> {
            select(USERS.NAME).from(USERS).where(USERS.ID.eq(ann)).forUpdate().fetchSingle(tx);
            return second.submit(() -> db().transactionResult(tx2 ->
                    select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc()).forUpdate().skipLocked().fetch(tx2)
                            .stream().map(Row1::v1).toList())).get(30, TimeUnit.SECONDS);
        });
        assertEquals(List.of("Bob", "Cy"), seen, "Ann is locked by the first transaction and skipped");
        assertEquals(List.of("Ann", "Bob", "Cy"), select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc())
                .forUpdate().skipLocked().fetch(db()).stream().map(Row1::v1).toList(), "after the commit none is skipped");
    }

    @Test
    @RequiresNot(Capability.FOR_UPDATE_SKIP_LOCKED)
    void skipLockedIsRefusedWhereMissing() {
        var q = select(USERS.NAME).from(USERS).forUpdate().skipLocked();
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }
}
