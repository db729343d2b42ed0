package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.ReliabilityAccounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.MappingException;
import dev.quarry.NoRowsException;
import dev.quarry.QueryExecutionException;
import dev.quarry.TooManyRowsException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Resources: 10,000 operations, a third of them failing in every way a caller can fail (constraint violations,
 * mapping lambdas, record mapping, transaction bodies, SQL errors, streams left half-read, consumers that
 * throw), leave no connection borrowed from the pool and no statement or result set open.
 */
public abstract class ResourceSuite {
    /** How many operations one run makes. */
    public static final int OPERATIONS = 10_000;

    /** A new pool of the database under test (closed by the test). */
    protected abstract HikariDataSource newPool();

    record NoSuchColumn(long id, String nickname) {
    }

    static final class Boom extends RuntimeException {
        Boom() {
            super("boom", null, false, false);
        }
    }

    @Test
    void tenThousandMixedOperationsLeakNothing() {
        try (HikariDataSource pool = newPool()) {
            LeakCountingDataSource counting = new LeakCountingDataSource(pool);
            Database db = ReliabilitySchema.ready(Database.of(counting));
            long prefix = ReliabilitySchema.nextId() * 1_000_000;
            Random random = new Random(13);
            int failures = 0;
            for (int i = 0; i < OPERATIONS; i++) {
                if (operation(db, random.nextInt(16), prefix + 4L * i)) {
                    failures++;
                }
                if (i % 1_000 == 999) {
                    assertNothingOpen(pool, counting, "after " + (i + 1) + " operations");
                }
            }
            assertNothingOpen(pool, counting, "at the end");
            assertTrue(failures > OPERATIONS / 4, failures + " failures");
            assertTrue(counting.statementsMade() >= OPERATIONS, counting.statementsMade() + " statements");
            System.out.printf("%s: %d operations, %d failing, %d connections taken, %d statements%n",
                    db.dialect().name(), OPERATIONS, failures, counting.connectionsTaken(), counting.statementsMade());
        }
    }

    private static void assertNothingOpen(HikariDataSource pool, LeakCountingDataSource counting, String when) {
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "active pool connections " + when);
        assertEquals(0, counting.openConnections(), "connections not given back " + when);
        assertEquals(0, counting.openStatements(), "statements not closed " + when);
        assertEquals(0, counting.openResultSets(), "result sets not closed " + when);
    }

    private static void insert(Database db, long id, String name) {
        ACCOUNTS.insert().set(ACCOUNTS.ID, id).set(ACCOUNTS.NAME, name).set(ACCOUNTS.BALANCE, 100L).execute(db);
    }

    private static String name(long id) {
        return "a" + id;
    }

    /** Runs operation {@code kind}; true if it failed as it was meant to. */
    private static boolean operation(Database db, int kind, long id) {
        var mine = ACCOUNTS.ID.ge(id - 20).and(ACCOUNTS.ID.le(id));
        switch (kind) {
            case 0, 1, 2 -> insert(db, id, name(id));
            case 3 -> {
                insert(db, id, name(id));
                assertThrows(QueryExecutionException.class, () -> insert(db, id + 1, name(id)));
                return true;
            }
            case 4 -> {
                insert(db, id, name(id));
                assertThrows(Boom.class, () -> select(ACCOUNTS.ID, ACCOUNTS.NAME).from(ACCOUNTS)
                        .where(ACCOUNTS.ID.eq(id)).map(db, (a, b) -> {
                            throw new Boom();
                        }));
                return true;
            }
            case 5 -> {
                assertThrows(MappingException.class, () -> select(ACCOUNTS.ID, ACCOUNTS.NAME).from(ACCOUNTS)
                        .where(mine).fetchInto(db, NoSuchColumn.class));
                return true;
            }
            case 6 -> {
                assertThrows(Boom.class, () -> db.transaction(tx -> {
                    insert(tx, id, name(id));
                    throw new Boom();
                }));
                assertEquals(0L, select(count()).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).fetchSingle(db).v1());
                return true;
            }
            case 7 -> {
                assertThrows(IOException.class, () -> db.transactionResult(tx -> {
                    insert(tx, id, name(id));
                    assertThrows(Boom.class, () -> tx.transaction(inner -> {
                        insert(inner, id + 1, name(id + 1));
                        throw new Boom();
                    }));
                    throw new IOException("disk");
                }));
                assertEquals(0L, select(count()).from(ACCOUNTS).where(ACCOUNTS.ID.ge(id).and(ACCOUNTS.ID.le(id + 1)))
                        .fetchSingle(db).v1());
                return true;
            }
            case 8 -> {
                insert(db, id, name(id));
                try (Stream<Long> s = select(ACCOUNTS.ID).from(ACCOUNTS).where(mine).fetchStream(db).map(r -> r.v1())) {
                    Iterator<Long> it = s.iterator();
                    it.next();
                }
            }
            case 9 -> {
                insert(db, id, name(id));
                assertThrows(Boom.class, () -> select(ACCOUNTS.ID).from(ACCOUNTS).where(mine).fetchStream(db)
                        .forEach(r -> {
                            throw new Boom();
                        }));
                return true;
            }
            case 10 -> {
                assertThrows(QueryExecutionException.class, () -> select(ACCOUNTS.ID).from(ACCOUNTS)
                        .where(rawCondition("no_such_column = ?", 1)).fetch(db));
                return true;
            }
            case 11 -> {
                assertThrows(QueryExecutionException.class, () -> db.batch(ACCOUNTS.insert(ACCOUNTS.ID, ACCOUNTS.NAME,
                        ACCOUNTS.BALANCE), List.of(row(id, name(id), 1L), row(id + 1, name(id), 1L))).execute());
                assertEquals(0L, select(count()).from(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).fetchSingle(db).v1());
                return true;
            }
            case 12 -> {
                assertThrows(NoRowsException.class, () -> select(ACCOUNTS.ID).from(ACCOUNTS)
                        .where(ACCOUNTS.ID.eq(-id)).fetchSingle(db));
                insert(db, id, name(id));
                insert(db, id + 1, name(id + 1));
                assertThrows(TooManyRowsException.class, () -> select(ACCOUNTS.ID).from(ACCOUNTS)
                        .where(ACCOUNTS.ID.ge(id)).fetchOne(db));
                return true;
            }
            case 13 -> {
                insert(db, id, name(id));
                assertEquals(1, ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.add(1))
                        .where(ACCOUNTS.ID.eq(id)).execute(db));
                assertEquals(1, ACCOUNTS.delete().where(ACCOUNTS.ID.eq(id)).execute(db));
            }
            case 14 -> {
                insert(db, id, name(id));
                insert(db, id + 1, name(id + 1));
                assertThrows(QueryExecutionException.class, () -> ACCOUNTS.update()
                        .set(ACCOUNTS.NAME, name(id)).where(ACCOUNTS.ID.eq(id + 1)).execute(db));
                return true;
            }
            default -> {
                try (Stream<Long> s = select(ACCOUNTS.ID).from(ACCOUNTS).where(mine).fetchStream(db).map(r -> r.v1())) {
                    s.count();
                }
            }
        }
        return false;
    }
}
