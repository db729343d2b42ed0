package dev.quarry.it.replica;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.QueryExecutionException;
import dev.quarry.SqlType;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.model.Accounts;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Database.routing on a real PostgreSQL primary and streaming replica: where each statement ran is asked of
 * the server itself ({@code pg_is_in_recovery()} is true only on the replica).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReplicaTest {
    private static final Field<Boolean> IN_RECOVERY = raw(SqlType.BOOLEAN, "pg_is_in_recovery()");

    private Database primary;
    private Database replica;
    private Database routed;

    @BeforeAll
    void connect() {
        primary = ClusterServers.postgresPrimary();
        replica = ClusterServers.postgresReplica();
        // not closed here: closing a routing handle closes its primary and replicas, which other tests share
        routed = Database.routing(primary, replica);
        Accounts.BANK.dropAll(routed);
        Accounts.BANK.createAll(routed);
    }

    @BeforeEach
    void oneAccount() {
        routed.transaction(tx -> {
            ACCOUNTS.delete().whereAll().execute(tx);
            ACCOUNTS.insert().set(ACCOUNTS.ID, 1).set(ACCOUNTS.BALANCE, 100L).execute(tx);
        });
        awaitOnReplica(1);
    }

    private static boolean inRecovery(Database db) {
        return select(IN_RECOVERY).fetchSingle(db).v1();
    }

    private long accounts(Database db) {
        return select(count()).from(ACCOUNTS).fetchSingle(db).v1();
    }

    /** Waits until the replica has replayed the primary's writes (streaming is asynchronous). */
    private void awaitOnReplica(long expectedAccounts) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (accountsOnReplica() != expectedAccounts) {
            assertTrue(System.nanoTime() < until, "the replica did not catch up in 10 s");
            Thread.onSpinWait();
        }
    }

    /** The accounts the replica has, or -1 while it has not yet replayed the CREATE TABLE. */
    private long accountsOnReplica() {
        try {
            return accounts(replica);
        } catch (QueryExecutionException e) {
            if ("42P01".equals(e.sqlState())) {
                return -1;
            }
            throw e;
        }
    }

    @Test
    void theServersAreAPrimaryAndAReplica() {
        assertFalse(inRecovery(primary));
        assertTrue(inRecovery(replica));
        assertThrows(QueryExecutionException.class,
                () -> ACCOUNTS.insert().set(ACCOUNTS.ID, 9).set(ACCOUNTS.BALANCE, 0L).execute(replica));
    }

    @Test
    void readsOutsideTransactionsLandOnTheReplica() {
        for (int i = 0; i < 5; i++) {
            assertTrue(inRecovery(routed));
        }
        assertEquals(1L, accounts(routed));
    }

    @Test
    void writesLandOnThePrimaryAndReachTheReplica() {
        ACCOUNTS.insert().set(ACCOUNTS.ID, 2).set(ACCOUNTS.BALANCE, 5L).execute(routed);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, 7L).where(ACCOUNTS.ID.eq(2)).execute(routed);
        assertEquals(7L, ACCOUNTS.insert().set(ACCOUNTS.ID, 3).set(ACCOUNTS.BALANCE, 7L).returning(ACCOUNTS.BALANCE)
                .fetchSingle(routed).v1());
        assertEquals(3L, accounts(routed.primary()));
        awaitOnReplica(3);
        assertEquals(3L, accounts(routed));
    }

    @Test
    void primaryPinsAReadToThePrimary() {
        assertSame(primary, routed.primary());
        assertFalse(inRecovery(routed.primary()));
    }

    @Test
    void aTransactionNeverSplits() {
        long seen = routed.transactionResult(tx -> {
            assertFalse(inRecovery(tx));
            ACCOUNTS.insert().set(ACCOUNTS.ID, 2).set(ACCOUNTS.BALANCE, 5L).execute(tx);
            assertFalse(inRecovery(tx));
            return accounts(tx);
        });
        assertEquals(2L, seen);
    }

    @Test
    void lockingReadsGoToThePrimary() {
        // a hot standby refuses SELECT ... FOR UPDATE, so this succeeds only on the primary
        assertEquals(100L, select(ACCOUNTS.BALANCE).from(ACCOUNTS).forUpdate().fetchSingle(routed).v1());
    }

    @Test
    void aReplicaThatCannotConnectIsSkipped() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (Database down = Database.of(pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/quarry"),
                primary.dialect())) {
            Database twoReplicas = Database.routing(primary, down, replica);
            for (int i = 0; i < 4; i++) {
                assertTrue(inRecovery(twoReplicas), "read " + i + " went to the live replica");
            }
            Database noLiveReplica = Database.routing(primary, down);
            assertFalse(inRecovery(noLiveReplica), "with no replica reachable, reads fall back to the primary");
        }
    }

    @Test
    void aStoppedReplicaIsSkippedAndUsedAgainWhenItIsBack() {
        HikariDataSource pool = pool(ClusterServers.postgresUrl(true));
        Database routedToStopped = Database.routing(primary, Database.of(pool, primary.dialect()));
        try {
            assertTrue(inRecovery(routedToStopped));
            ClusterServers.script("pg-replica.sh", "stop-replica");
            Boolean answer = null;
            for (int i = 0; i < 3 && answer == null; i++) {
                try {
                    answer = inRecovery(routedToStopped);
                } catch (QueryExecutionException e) {
                    // the pool may hand out a connection the shutdown just closed: that read fails and the
                    // pool drops the connection; a statement is never re-run on another server
                    assertTrue(e.sqlState() != null
                            && (e.sqlState().startsWith("08") || e.sqlState().startsWith("57P")), e.toString());
                }
            }
            assertEquals(Boolean.FALSE, answer, "the stopped replica is skipped: the primary answers");
            assertEquals(1L, accounts(routedToStopped));
        } finally {
            ClusterServers.script("pg-replica.sh", "start-replica");
        }
        long until = System.nanoTime() + 20_000_000_000L;
        while (!inRecovery(routedToStopped)) {
            assertTrue(System.nanoTime() < until, "reads did not return to the restarted replica in 20 s");
        }
        pool.close();
    }

    /** A pool that gives up on a server that does not answer after 1 s (HikariCP waits 30 s by default). */
    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setConnectionTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
