package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.ReliabilityAccounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.SqlType;
import dev.quarry.jdbc.Executor;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Faults of a database server, injected without disturbing the shared server: the server ends a session in
 * the middle of a transaction, and the server is unreachable (a {@link TcpProxy} in front of it, stopped and
 * started again) when the pool opens and while it is in use.
 */
public abstract class FaultSuite {

    /** The server under test: {@code "mysql"} or {@code "postgres"} (see {@link TestServers}). */
    protected abstract String server();

    /** The database under test (a handle on the shared pool, used to look and to kill). */
    protected abstract Database db();

    /** The server's port when its JDBC URL names none. */
    protected abstract int defaultPort();

    /** An SQL expression giving the current session's id ({@code pg_backend_pid()}, {@code CONNECTION_ID()}). */
    protected abstract String sessionIdExpression();

    /** A statement that makes the server end session {@code id}. */
    protected abstract String killStatement(long id);

    private Database other() {
        return ReliabilitySchema.ready(db());
    }

    private static void insert(Database db, long id) {
        ACCOUNTS.insert().set(ACCOUNTS.ID, id).set(ACCOUNTS.NAME, "f" + id).set(ACCOUNTS.BALANCE, 1L).execute(db);
    }

    private long rows(long from, long to) {
        return select(count()).from(ACCOUNTS).where(ACCOUNTS.ID.between(from, to)).fetchSingle(other()).v1();
    }

    private void kill(Database tx) throws InterruptedException {
        long session = select(raw(SqlType.BIGINT, sessionIdExpression())).fetchSingle(tx).v1();
        Executor.executeSql(other(), killStatement(session));
        Thread.sleep(300);
    }

    @Test
    void aSessionKilledMidTransactionCommitsNothingAndThePoolRecovers() {
        other();
        try (HikariDataSource pool = TestServers.newPool(server(), 2)) {
            Database db = Database.of(pool);
            long id = ReliabilitySchema.nextId() * 10;
            QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> db.transaction(tx -> {
                insert(tx, id);
                kill(tx);
                insert(tx, id + 1);
            }));
            assertTrue(e.isConnectionLost(), e::toString);
            assertTrue(e.getMessage().startsWith("the connection to the database was lost"), e.getMessage());
            assertEquals(0, rows(id, id + 1));

            QueryExecutionException atCommit = assertThrows(QueryExecutionException.class, () -> db.transaction(tx -> {
                insert(tx, id + 2);
                kill(tx);
            }));
            assertTrue(atCommit.isConnectionLost(), atCommit::toString);
            assertEquals(0, rows(id + 2, id + 2));

            insert(db, id + 3);
            assertEquals(1, rows(id + 3, id + 3));
            db.transaction(tx -> insert(tx, id + 4));
            assertEquals(1, rows(id + 4, id + 4));
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
        }
    }

    private String[] throughProxy(TcpProxy proxy) {
        String[] c = TestServers.coordinates(server());
        String url = c[0].replaceFirst("//[^/?]+", "//127.0.0.1:" + proxy.port());
        return new String[] {url, c[1], c[2]};
    }

    private TcpProxy proxy() throws IOException {
        URI uri = URI.create(TestServers.coordinates(server())[0].substring("jdbc:".length()));
        return new TcpProxy(uri.getHost(), uri.getPort() < 0 ? defaultPort() : uri.getPort());
    }

    @Test
    void aServerDownAtOpenFailsFastAndOpensOnceItIsBack() throws IOException {
        try (TcpProxy proxy = proxy()) {
            String[] c = throughProxy(proxy);
            long start = System.nanoTime();
            QueryExecutionException e = assertThrows(QueryExecutionException.class,
                    () -> Database.open(c[0], c[1], c[2]));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
            assertTrue(e.getMessage().startsWith("cannot connect to jdbc:"), e.getMessage());
            assertTrue(e.isConnectionLost(), e::toString);

            proxy.start();
            try (Database db = Database.open(c[0], c[1], c[2])) {
                assertEquals(1, select(raw(SqlType.INTEGER, "1")).fetchSingle(db).v1());
            }
        }
    }

    @Test
    void aServerThatGoesAwayFailsFastAndTheSameHandleWorksOnceItIsBack() throws Exception {
        try (TcpProxy proxy = proxy()) {
            proxy.start();
            String[] c = throughProxy(proxy);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(c[0]);
            config.setUsername(c[1]);
            config.setPassword(c[2]);
            config.setMaximumPoolSize(2);
            config.setConnectionTimeout(2_000);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Database db = Database.of(pool);
                assertEquals(1, select(raw(SqlType.INTEGER, "1")).fetchSingle(db).v1());

                proxy.stop();
                for (int i = 0; i < 2; i++) {
                    long start = System.nanoTime();
                    QueryExecutionException e = assertThrows(QueryExecutionException.class,
                            () -> select(raw(SqlType.INTEGER, "1")).fetchSingle(db));
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
                    assertTrue(e.isConnectionLost(), e::toString);
                }

                proxy.start();
                Thread.sleep(1_000);
                assertEquals(1, select(raw(SqlType.INTEGER, "1")).fetchSingle(db).v1());
                assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
            }
        }
    }
}
