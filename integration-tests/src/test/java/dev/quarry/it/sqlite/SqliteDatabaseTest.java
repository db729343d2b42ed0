package dev.quarry.it.sqlite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.MappingException;
import dev.quarry.QueryExecutionException;
import dev.quarry.SqlType;
import dev.quarry.dialects.Dialects;
import dev.quarry.it.suite.OnConnection;
import dev.quarry.it.suite.model.Model;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** What is SQLite's own: the file database, the pool's busy timeout, lenient reads of rows other tools wrote. */
class SqliteDatabaseTest {
    @TempDir
    Path dir;

    private Database open(String name) {
        Database db = Database.open("jdbc:sqlite:" + dir.resolve(name));
        Model.METADATA.createAll(db);
        return db;
    }

    @Test
    void concurrentWritersWaitForTheLockInsteadOfFailing() throws Exception {
        try (Database db = open("busy.db")) {
            int threads = 6;
            int perThread = 40;
            CountDownLatch start = new CountDownLatch(1);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<Thread> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            int k = i;
                            db.transaction(tx -> TAGS.insert().set(TAGS.LABEL, "t" + n + "-" + k).execute(tx));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                all.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : all) {
                th.join();
            }
            assertEquals(List.of(), failures);
            assertEquals((long) threads * perThread, select(count()).from(TAGS).fetchSingle(db).v1());
        }
    }

    @Test
    void readsRowsOtherToolsWroteLeniently() throws Exception {
        try (Database db = open("lenient.db")) {
            OnConnection.execute(db, "INSERT INTO qt_all_types (id, ts, day, dec, instant, flag) VALUES "
                        + "(1, '2024-05-06T07:08:09.5', '2024-05-06 00:00:00', 12.5, '2024-05-06 07:08:09', 'true'),"
                        + "(2, 1714979289, 1714979289, 7, '2024-05-06T07:08:09+02:00', 1),"
                        + "(3, datetime('2024-05-06 07:08:09'), date('2024-05-06'), '1.10', 1714979289000, 0)");
            var rows = select(ALL_TYPES.TS, ALL_TYPES.DAY, ALL_TYPES.DEC, ALL_TYPES.INSTANT, ALL_TYPES.FLAG)
                    .from(ALL_TYPES).orderBy(ALL_TYPES.ID).fetch(db);
            assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 500_000_000), rows.get(0).v1());
            assertEquals(LocalDate.of(2024, 5, 6), rows.get(0).v2());
            assertEquals(0, new BigDecimal("12.5").compareTo(rows.get(0).v3()));
            assertEquals(Instant.parse("2024-05-06T07:08:09Z"), rows.get(0).v4());
            assertTrue(rows.get(0).v5());
            assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9), rows.get(1).v1(), "epoch seconds");
            assertEquals(Instant.parse("2024-05-06T05:08:09Z"), rows.get(1).v4(), "ISO text with an offset");
            assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9), rows.get(2).v1(), "SQLite's datetime()");
            assertEquals(new BigDecimal("1.1000000000"), rows.get(2).v3(), "text decimal in the column's scale");
            assertEquals(Instant.parse("2024-05-06T07:08:09Z"), rows.get(2).v4(), "epoch milliseconds");
            assertFalse(rows.get(2).v5());
        }
    }

    @Test
    void readsDecimalsDatesAndFlagsStoredAsNumbersWithoutATextRoundTrip() {
        try (Database db = open("numbers.db")) {
            SqlType<BigDecimal> dec = SqlType.decimal(30, 10);
            var real = select(raw(dec, "0.1"), raw(dec, "-12345.6789"), raw(dec, "1e300"), raw(dec, "3"),
                    raw(SqlType.DATE, "1714979289"), raw(SqlType.DATE, "1714979289000"), raw(SqlType.BOOLEAN, "1.0"),
                    raw(SqlType.BOOLEAN, "0"), raw(SqlType.BOOLEAN, "'false'"), raw(dec, "NULL")).fetchSingle(db);
            assertEquals(new BigDecimal("0.1000000000"), real.v1(), "REAL in the column's scale");
            assertEquals(new BigDecimal("-12345.6789000000"), real.v2());
            assertEquals(0, BigDecimal.valueOf(1e300).compareTo(real.v3()), "too large for the scale");
            assertEquals(new BigDecimal("3.0000000000"), real.v4(), "INTEGER in the column's scale");
            assertEquals(LocalDate.of(2024, 5, 6), real.v5(), "epoch seconds");
            assertEquals(LocalDate.of(2024, 5, 6), real.v6(), "epoch milliseconds");
            assertTrue(real.v7(), "a REAL flag");
            assertFalse(real.v8());
            assertFalse(real.v9(), "a text flag");
            assertNull(real.v10());
        }
    }

    @Test
    void integerDecimalsTooLargeToScaleInALongAndRealEpochDatesReadExactly() {
        try (Database db = open("integers.db")) {
            SqlType<BigDecimal> dec = SqlType.decimal(30, 10);
            var ints = select(raw(dec, "9223372036854775807"), raw(dec, "-922337203"), raw(dec, "-922337204"),
                    raw(SqlType.decimal(10, 0), "42"), raw(SqlType.DATE, "1714979289.5"),
                    raw(SqlType.DATE, "'2024-05-06 10:00:00'")).fetchSingle(db);
            assertEquals(new BigDecimal("9223372036854775807.0000000000"), ints.v1(), "beyond a long once scaled");
            assertEquals(new BigDecimal("-922337203.0000000000"), ints.v2(), "the last that fits");
            assertEquals(new BigDecimal("-922337204.0000000000"), ints.v3(), "the first that does not");
            assertEquals(new BigDecimal("42"), ints.v4(), "scale 0");
            assertEquals(LocalDate.of(2024, 5, 6), ints.v5(), "epoch seconds stored as REAL");
            assertEquals(LocalDate.of(2024, 5, 6), ints.v6(), "a time after the date is ignored");
        }
    }

    @Test
    void aDateColumnMixingTextAndEpochNumbersReadsEveryRow() throws Exception {
        try (Database db = open("mixed.db")) {
            OnConnection.execute(db, "INSERT INTO qt_all_types (id, day) VALUES (1, '2024-05-06'), (2, 1714979289),"
                        + " (3, 1714979289000), (4, '2024-05-07'), (5, NULL), (6, 1714979289.5), (7, '1714979289'),"
                        + " (8, '2024-05-08T10:00:00Z'), (9, 1714979289)");
            LocalDate d6 = LocalDate.of(2024, 5, 6);
            var days = select(ALL_TYPES.DAY).from(ALL_TYPES).orderBy(ALL_TYPES.ID).map(db, day -> day);
            assertEquals(Arrays.asList(d6, d6, d6, LocalDate.of(2024, 5, 7), null, d6, d6, LocalDate.of(2024, 5, 8),
                    d6), days, "each row whatever the storage class of the one before it");
        }
    }

    @Test
    void aValueThatIsNotOfTheColumnsTypeIsAClearError() throws Exception {
        try (Database db = open("wrong.db")) {
            OnConnection.execute(db, "INSERT INTO qt_all_types (id, dec, flag, day) VALUES (1, 'abc', 1, NULL), (2, 1, 'maybe', NULL),"
                        + " (3, 1, 1, 'soon'), (4, 1, 1, '99999999999999999999'), (5, 1, 1, x'0102')");
            MappingException dec = assertThrows(MappingException.class,
                    () -> select(ALL_TYPES.DEC).from(ALL_TYPES).where(ALL_TYPES.ID.eq(1)).fetch(db));
            assertTrue(dec.getMessage().contains("'abc'") && dec.getMessage().contains("decimal"), dec.getMessage());
            MappingException flag = assertThrows(MappingException.class,
                    () -> select(ALL_TYPES.FLAG).from(ALL_TYPES).where(ALL_TYPES.ID.eq(2)).fetch(db));
            assertTrue(flag.getMessage().contains("'maybe'"), flag.getMessage());
            MappingException day = assertThrows(MappingException.class,
                    () -> select(ALL_TYPES.DAY).from(ALL_TYPES).where(ALL_TYPES.ID.eq(3)).fetch(db));
            assertTrue(day.getMessage().contains("'soon'"), day.getMessage());
            for (int id : new int[] {4, 5}) {
                MappingException odd = assertThrows(MappingException.class,
                        () -> select(ALL_TYPES.DAY).from(ALL_TYPES).where(ALL_TYPES.ID.eq(id)).fetch(db));
                assertTrue(odd.getMessage().contains("not a date"), odd.getMessage());
            }
        }
    }

    @Test
    void timestampsAreStoredAsSqlitesOwnTextSoItsFunctionsAgree() {
        try (Database db = open("text.db")) {
            ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.TS, LocalDateTime.of(2024, 1, 2, 3, 4, 5)).execute(db);
            String stored = select(dev.quarry.Sql.raw(dev.quarry.SqlType.TEXT, "datetime(ts)")).from(ALL_TYPES)
                    .fetchSingle(db).v1();
            assertEquals("2024-01-02 03:04:05", stored);
        }
    }

    @Test
    void ofADataSourceDetectsTheDialectAndCloseLeavesItOpen() throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("ds.db"));
        Database db = Database.of(ds);
        assertEquals(Dialects.SQLITE, db.dialect());
        Model.METADATA.createAll(db);
        db.close();
        try (Connection c = ds.getConnection()) {
            assertTrue(c.isValid(1), "the DataSource still works after close()");
        }
        assertEquals(Dialects.SQLITE, Database.of(ds, Dialects.SQLITE).dialect());
    }

    @Test
    void closeClosesThePoolThatOpenMade() {
        Database db = open("closed.db");
        db.close();
        assertThrows(QueryExecutionException.class, () -> select(count()).from(TAGS).fetch(db));
    }

    @Test
    void anInMemoryDatabaseKeepsItsOneConnection() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            Model.METADATA.createAll(db);
            TAGS.insert().set(TAGS.LABEL, "kept").execute(db);
            assertEquals(1L, select(count()).from(TAGS).fetchSingle(db).v1());
        }
    }

    @Test
    void badUrlsFailWithAClearMessage() throws Exception {
        IllegalArgumentException notJdbc = assertThrows(IllegalArgumentException.class, () -> Database.open("app.db"));
        assertTrue(notJdbc.getMessage().contains("not a JDBC URL"));
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> Database.open("jdbc:sqlite:" + blocker.resolve("sub/db.sqlite")));
        assertTrue(e.getMessage().startsWith("cannot connect"), e.getMessage());
    }
}
