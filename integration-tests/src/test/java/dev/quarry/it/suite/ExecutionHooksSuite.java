package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.spi.ConnectionProvider;
import dev.quarry.spi.ExecutionListener;
import dev.quarry.spi.StatementKind;
import dev.quarry.spi.TransactionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The integration hooks of {@link Database}: execution listeners and exception translation, connection
 * providers, transaction providers, and dialects named by their short name.
 */
public abstract class ExecutionHooksSuite extends SuiteBase {

    /** Records "kind outcome" per statement. */
    static final class Recorder implements ExecutionListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start(StatementKind kind, String sql) {
            events.add("start " + kind);
        }

        @Override
        public void end(StatementKind kind, String sql, long nanos, Throwable failure) {
            assertTrue(nanos >= 0, "nanos");
            events.add("end " + kind + (failure == null ? " ok" : " " + failure.getClass().getSimpleName()));
        }
    }

    static final class Translated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Translated(QueryExecutionException cause) {
            super(cause);
        }
    }

    private long tags(Database db) {
        return select(count()).from(TAGS).fetchSingle(db).v1();
    }

    @Test
    void aListenerHearsEveryStatementWithItsKindAndOutcome() {
        Recorder r = new Recorder();
        Database db = db().withListener(r);
        TAGS.insert().set(TAGS.LABEL, "a").execute(db);
        tags(db);
        TAGS.update().set(TAGS.LABEL, "b").where(TAGS.LABEL.eq("a")).execute(db);
        db.batch(TAGS.insert(TAGS.LABEL), List.of(row("c"), row("d"))).execute();
        try (var s = select(TAGS.LABEL).from(TAGS).fetchStream(db)) {
            assertEquals(3, s.count());
        }
        TAGS.delete().where(TAGS.LABEL.eq("c")).execute(db);
        assertEquals(List.of("start INSERT", "end INSERT ok", "start SELECT", "end SELECT ok", "start UPDATE",
                "end UPDATE ok", "start BATCH", "end BATCH ok", "start SELECT", "end SELECT ok", "start DELETE",
                "end DELETE ok"), r.events);
    }

    @Test
    void aFailedStatementEndsWithItsFailure() {
        Recorder r = new Recorder();
        Database db = db().withListener(r);
        TAGS.insert().set(TAGS.LABEL, "a").execute(db);
        r.events.clear();
        assertThrows(QueryExecutionException.class, () -> TAGS.insert().set(TAGS.LABEL, "a").execute(db));
        assertEquals(List.of("start INSERT", "end INSERT QueryExecutionException"), r.events);
    }

    @Test
    void translateReplacesTheFailureAndKeepsQuarrysExceptionAsCause() {
        Recorder r = new Recorder();
        Database db = db().withListener(new ExecutionListener() {
            @Override
            public RuntimeException translate(QueryExecutionException failure) {
                return new Translated(failure);
            }
        }).withListener(r);
        TAGS.insert().set(TAGS.LABEL, "a").execute(db);
        Translated t = assertThrows(Translated.class, () -> TAGS.insert().set(TAGS.LABEL, "a").execute(db));
        QueryExecutionException q = assertInstanceOf(QueryExecutionException.class, t.getCause());
        assertTrue(q.sqlState().startsWith("23"), q.sqlState());
        assertNotNull(q.sql());
        assertEquals("end INSERT Translated", r.events.get(r.events.size() - 1));
        Translated inTx = assertThrows(Translated.class, () -> db.transaction(tx ->
                TAGS.insert().set(TAGS.LABEL, "a").execute(tx)));
        assertInstanceOf(QueryExecutionException.class, inTx.getCause());
    }

    @Test
    void aConnectionProviderIsAskedForEveryStatementAndGetsEveryConnectionBack() {
        AtomicInteger out = new AtomicInteger();
        AtomicInteger acquired = new AtomicInteger();
        Database base = db();
        Database db = base.withConnections(new ConnectionProvider() {
            @Override
            public Connection acquire() {
                acquired.incrementAndGet();
                out.incrementAndGet();
                return base.acquireConnection();
            }

            @Override
            public void release(Connection connection) {
                out.decrementAndGet();
                base.releaseConnection(connection);
            }
        });
        TAGS.insert().set(TAGS.LABEL, "a").execute(db);
        tags(db);
        try (var s = select(TAGS.LABEL).from(TAGS).fetchStream(db)) {
            assertEquals(1, out.get(), "a stream holds its connection until it is closed");
            assertEquals(1, s.count());
        }
        db.transaction(tx -> {
            TAGS.insert().set(TAGS.LABEL, "b").execute(tx);
            tags(tx);
        });
        assertThrows(QueryExecutionException.class, () -> TAGS.insert().set(TAGS.LABEL, "a").execute(db));
        assertEquals(0, out.get());
        assertEquals(5, acquired.get(), "one per statement or stream, one for the transaction");
        assertEquals(2L, tags(base));
    }

    /** A JDBC transaction provider that logs what it is asked to do. */
    static class LoggingProvider implements TransactionProvider {
        final Database base;
        final List<String> log = new ArrayList<>();

        LoggingProvider(Database base) {
            this.base = base;
        }

        record Tx(Connection connection, Savepoint savepoint) implements Transaction {
        }

        @Override
        public Transaction begin(Transaction outer) throws SQLException {
            if (outer != null) {
                log.add("savepoint");
                return new Tx(outer.connection(), outer.connection().setSavepoint());
            }
            log.add("begin");
            Connection c = base.acquireConnection();
            c.setAutoCommit(false);
            return new Tx(c, null);
        }

        @Override
        public void commit(Transaction transaction) throws SQLException {
            Tx tx = (Tx) transaction;
            log.add(tx.savepoint != null ? "release" : "commit");
            if (tx.savepoint != null) {
                tx.connection.releaseSavepoint(tx.savepoint);
            } else {
                end(tx, true);
            }
        }

        @Override
        public void rollback(Transaction transaction) throws SQLException {
            Tx tx = (Tx) transaction;
            log.add(tx.savepoint != null ? "rollback to savepoint" : "rollback");
            if (tx.savepoint != null) {
                tx.connection.rollback(tx.savepoint);
            } else {
                end(tx, false);
            }
        }

        private void end(Tx tx, boolean commit) throws SQLException {
            try {
                if (commit) {
                    tx.connection.commit();
                } else {
                    tx.connection.rollback();
                }
                tx.connection.setAutoCommit(true);
            } finally {
                base.releaseConnection(tx.connection);
            }
        }
    }

    @Test
    void aTransactionProviderBeginsCommitsRollsBackAndNests() {
        LoggingProvider provider = new LoggingProvider(db());
        Database db = db().withTransactions(provider);
        db.transaction(tx -> {
            assertTrue(tx.inTransaction());
            TAGS.insert().set(TAGS.LABEL, "outer").execute(tx);
            assertThrows(IllegalStateException.class, () -> tx.transaction(inner -> {
                TAGS.insert().set(TAGS.LABEL, "inner").execute(inner);
                throw new IllegalStateException("undo the inner part");
            }));
            tx.transaction(inner -> TAGS.insert().set(TAGS.LABEL, "kept").execute(inner));
        });
        assertEquals(List.of("begin", "savepoint", "rollback to savepoint", "savepoint", "release", "commit"),
                provider.log);
        assertEquals(2L, tags(db()));
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        assertSame(boom, assertThrows(IllegalArgumentException.class, () -> db.transaction(tx -> {
            TAGS.insert().set(TAGS.LABEL, "gone").execute(tx);
            throw boom;
        })));
        assertEquals("rollback", provider.log.get(provider.log.size() - 1));
        assertEquals(2L, tags(db()));
        provider.log.clear();
        long n = db.transactionResult(tx -> {
            tx.batch(TAGS.insert(TAGS.LABEL), List.of(row("x"), row("y"), row("z"))).execute();
            return tags(tx);
        });
        assertEquals(5L, n);
        assertEquals(List.of("begin", "savepoint", "release", "commit"), provider.log, "a batch nests");
    }

    @Test
    void aHandleIsInATransactionItsProviderRunsOnThisThread() {
        boolean[] running = {false};
        LoggingProvider provider = new LoggingProvider(db()) {
            @Override
            public boolean active() {
                return running[0];
            }
        };
        Database db = db().withTransactions(provider);
        assertFalse(db.inTransaction());
        running[0] = true;
        assertTrue(db.inTransaction(), "a transaction begun outside Quarry, as Spring's @Transactional begins one");
        assertFalse(db().inTransaction(), "a handle without the provider");
    }

    @Test
    void aDialectIsFoundByItsShortNameAndAdjustedToTheServer() throws SQLException {
        String name = db().dialect().shortName();
        assertSame(DialectLookup.forName(name.toUpperCase(java.util.Locale.ROOT)).getClass(),
                db().dialect().getClass());
        Connection c = db().acquireConnection();
        try {
            assertEquals(db().dialect(), DialectLookup.forName(name, c));
        } finally {
            db().releaseConnection(c);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DialectLookup.forName("oracle"));
        assertTrue(e.getMessage().contains("oracle") && e.getMessage().contains(name), e.getMessage());
        assertNull(db().listener());
    }
}
