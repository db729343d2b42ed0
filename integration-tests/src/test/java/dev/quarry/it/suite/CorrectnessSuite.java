package dev.quarry.it.suite;

import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.substring;
import static dev.quarry.it.suite.correctness.Counters.COUNTERS;
import static dev.quarry.it.suite.correctness.Events.EVENTS;
import static dev.quarry.it.suite.correctness.Items.ITEMS;
import static dev.quarry.it.suite.correctness.Shops.SHOPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.MappingException;
import dev.quarry.QuarryException;
import dev.quarry.QueryExecutionException;
import dev.quarry.SqlType;
import dev.quarry.it.suite.correctness.CorrectnessModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Same code, same answer, on every database (issue #18): grouping by expressions that hold values,
 * out-of-range integers, passwords in JDBC URLs, concurrent read-then-write transactions, declared
 * lengths and normalised SQLStates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CorrectnessSuite {
    private static final String SECRET = "s3cretPw0rd";

    /** The database under test. */
    protected abstract Database db();

    /**
     * JDBC URLs of this dialect's driver that carry {@link #SECRET}-like passwords in every form the driver
     * accepts (user-info, {@code password=}, {@code ;password=} ...); none of them can open a database.
     */
    protected abstract List<String> urlsWithPassword(String secret);

    @BeforeAll
    void createSchema() {
        CorrectnessModel.METADATA.dropAll(db());
        CorrectnessModel.METADATA.createAll(db());
    }

    @BeforeEach
    void emptyTables() {
        db().transaction(tx -> {
            ITEMS.delete().whereAll().execute(tx);
            SHOPS.delete().whereAll().execute(tx);
            EVENTS.delete().whereAll().execute(tx);
            COUNTERS.delete().whereAll().execute(tx);
        });
    }

    private void shop(int id, String name, String phone, int qty) {
        SHOPS.insert().set(SHOPS.ID, id).set(SHOPS.NAME, name).set(SHOPS.PHONE, phone).set(SHOPS.QTY, qty)
                .execute(db());
    }

    private void fourShops() {
        shop(1, "a", "55-1", 1);
        shop(2, "b", "55-2", 2);
        shop(3, "c", "44-1", 2);
        shop(4, "d", null, 3);
    }

    // ---- 1. grouping by an expression that holds a value -------------------------------------------

    @Test
    void groupByASubstringWithValues() {
        fourShops();
        Field<String> code = substring(SHOPS.PHONE, 1, 2);
        var rows = select(code, count()).from(SHOPS).where(SHOPS.PHONE.isNotNull()).groupBy(code)
                .orderBy(code.asc()).fetch(db());
        assertEquals(2, rows.size());
        assertEquals("44", rows.get(0).v1());
        assertEquals(1L, rows.get(0).v2());
        assertEquals("55", rows.get(1).v1());
        assertEquals(2L, rows.get(1).v2());
    }

    @Test
    void groupByArithmeticWithHavingAndOrderBy() {
        fourShops();
        Field<Integer> twice = SHOPS.QTY.mul(2);
        var rows = select(twice, count()).from(SHOPS).groupBy(twice).having(twice.gt(2)).orderBy(twice.desc())
                .fetch(db());
        assertEquals(2, rows.size());
        assertEquals(6, rows.get(0).v1());
        assertEquals(1L, rows.get(0).v2());
        assertEquals(4, rows.get(1).v1());
        assertEquals(2L, rows.get(1).v2());
    }

    @Test
    void groupByArithmeticWithANegativeValue() {
        fourShops();
        Field<Integer> minus = SHOPS.QTY.sub(-1).neg();
        var rows = select(minus, count()).from(SHOPS).groupBy(minus).orderBy(minus.asc()).fetch(db());
        assertEquals(List.of(-4, -3, -2), rows.stream().map(r -> r.v1()).toList());
        assertEquals(List.of(1L, 2L, 1L), rows.stream().map(r -> r.v2()).toList());
    }

    @Test
    void groupByAStringValueWithAQuote() {
        fourShops();
        Field<String> phone = coalesce(SHOPS.PHONE, "it's none");
        var rows = select(phone, count()).from(SHOPS).groupBy(phone).having(count().ge(1L))
                .orderBy(phone.asc()).fetch(db());
        assertEquals(List.of("44-1", "55-1", "55-2", "it's none"), rows.stream().map(r -> r.v1()).toList());
    }

    @Test
    void distinctOrderedByAnExpressionWithValues() {
        fourShops();
        Field<String> code = substring(SHOPS.PHONE, 1, 2);
        var rows = selectDistinct(code).from(SHOPS).where(SHOPS.PHONE.isNotNull()).orderBy(code.desc()).fetch(db());
        assertEquals(List.of("55", "44"), rows.stream().map(r -> r.v1()).toList());
    }

    // ---- 2. out-of-range integers -------------------------------------------------------------------

    private void wide(long value) {
        SHOPS.insert().set(SHOPS.ID, 1).set(SHOPS.NAME, "w").set(SHOPS.WIDE, value).execute(db());
    }

    @Test
    void anIntegerOutOfRangeIsRefusedNotWrapped() {
        wide(3_000_000_000L);
        QuarryException e = assertThrows(QuarryException.class,
                () -> select(raw(SqlType.INTEGER, "wide")).from(SHOPS).fetch(db()));
        assertTrue(e.getMessage().contains("3000000000"), e.getMessage());
        if (e instanceof MappingException) {
            assertTrue(e.getMessage().contains("wide"), e.getMessage());
        }
    }

    @Test
    void aSmallintOutOfRangeIsRefusedNotWrapped() {
        wide(40_000L);
        QuarryException e = assertThrows(QuarryException.class,
                () -> select(raw(SqlType.SMALLINT, "wide")).from(SHOPS).fetch(db()));
        assertTrue(e.getMessage().contains("40000"), e.getMessage());
    }

    @Test
    void integersInRangeStillRead() {
        wide(-2_147_483_648L);
        assertEquals(Integer.MIN_VALUE, select(raw(SqlType.INTEGER, "wide")).from(SHOPS).fetchSingle(db()).v1());
        SHOPS.update().set(SHOPS.WIDE, -32_768L).whereAll().execute(db());
        assertEquals((short) -32_768, select(raw(SqlType.SMALLINT, "wide")).from(SHOPS).fetchSingle(db()).v1());
    }

    // ---- 3. passwords in JDBC URLs ------------------------------------------------------------------

    @Test
    void aPasswordInAJdbcUrlNeverLeaks() {
        List<String> urls = urlsWithPassword(SECRET);
        assertFalse(urls.isEmpty());
        for (String url : urls) {
            assertNoLeak(url, () -> Database.open(url));
        }
        assertNoLeak("the password argument", () -> Database.open(urls.get(0), "root", SECRET));
    }

    private static void assertNoLeak(String what, ThrowingSupplier<Database> open) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RuntimeException e; // a QuarryException, or an IllegalArgumentException when no driver takes the URL
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            e = assertThrows(RuntimeException.class, () -> open.get().close(), what);
        } finally {
            System.setErr(err);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), what + ": " + t);
            for (Throwable s : t.getSuppressed()) {
                assertFalse(String.valueOf(s.getMessage()).contains(SECRET), what + ": " + s);
            }
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains(SECRET), what + " logged: " + log);
    }

    // ---- 4. concurrent read-then-write transactions ---------------------------------------------------

    @Test
    void concurrentReadThenWriteTransactionsQueue() throws Exception {
        COUNTERS.insert().set(COUNTERS.ID, 1).set(COUNTERS.VALUE, 0).execute(db());
        int threads = 4;
        int each = 200;
        AtomicInteger failures = new AtomicInteger();
        List<Throwable> first = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        try {
                            db().transaction(tx -> {
                                int seen = select(COUNTERS.VALUE).from(COUNTERS).where(COUNTERS.ID.eq(1))
                                        .fetchSingle(tx).v1();
                                EVENTS.insert().set(EVENTS.SEEN, seen).execute(tx);
                                COUNTERS.update().set(COUNTERS.VALUE, COUNTERS.VALUE.add(1))
                                        .where(COUNTERS.ID.eq(1)).execute(tx);
                            });
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() == 1) {
                                synchronized (first) {
                                    first.add(e);
                                }
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, failures.get(), () -> failures.get() + " transactions failed, the first: " + first);
        assertEquals(threads * each, select(COUNTERS.VALUE).from(COUNTERS).fetchSingle(db()).v1());
        assertEquals((long) threads * each, select(count()).from(EVENTS).fetchSingle(db()).v1());
    }

    @Test
    void plainReadsDoNotWaitForAWriter() throws Exception {
        COUNTERS.insert().set(COUNTERS.ID, 1).set(COUNTERS.VALUE, 0).execute(db());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> db().transaction(tx -> {
                COUNTERS.update().set(COUNTERS.VALUE, 7).where(COUNTERS.ID.eq(1)).execute(tx);
                written.countDown();
                assertTrue(release.await(1, TimeUnit.MINUTES));
            }));
            assertTrue(written.await(1, TimeUnit.MINUTES));
            Future<Integer> read = pool.submit(
                    () -> select(COUNTERS.VALUE).from(COUNTERS).where(COUNTERS.ID.eq(1)).fetchSingle(db()).v1());
            assertEquals(0, read.get(5, TimeUnit.SECONDS), "a plain read sees the last committed value at once");
            release.countDown();
            writer.get(1, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(7, select(COUNTERS.VALUE).from(COUNTERS).fetchSingle(db()).v1());
    }

    // ---- 5. declared lengths ------------------------------------------------------------------------

    @Test
    void aVarcharRefusesAnOverlongValue() {
        shop(1, "x".repeat(20), null, 0);
        shop(2, "é".repeat(20), null, 0);
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> shop(3, "y".repeat(30), null, 0));
        assertTrue(e.sqlState().startsWith("22") || e.sqlState().startsWith("23"), e.sqlState());
        String driverMessage = e.getCause().getMessage(); // the SQL in e's own message names every column
        assertTrue(driverMessage.contains("name") || driverMessage.contains("too long"), driverMessage);
        assertEquals(2L, select(count()).from(SHOPS).fetchSingle(db()).v1());
    }

    @Test
    void aCharRefusesAnOverlongValue() {
        SHOPS.insert().set(SHOPS.ID, 1).set(SHOPS.NAME, "a").set(SHOPS.CODE, "ab").execute(db());
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> SHOPS.insert().set(SHOPS.ID, 2).set(SHOPS.NAME, "b").set(SHOPS.CODE, "abc").execute(db()));
        assertTrue(e.sqlState().startsWith("22") || e.sqlState().startsWith("23"), e.sqlState());
    }

    // ---- exact string comparison (issue #13) --------------------------------------------------------

    @Test
    void trailingSpacesCountInEq() {
        shop(1, "a", "   ", 0);
        shop(2, "b", "x", 0);
        assertEquals(0L, select(count()).from(SHOPS).where(SHOPS.PHONE.eq("")).fetchSingle(db()).v1());
        assertEquals(0L, select(count()).from(SHOPS).where(SHOPS.PHONE.eq("x  ")).fetchSingle(db()).v1());
        assertEquals(1L, select(count()).from(SHOPS).where(SHOPS.PHONE.eq("   ")).fetchSingle(db()).v1());
        assertEquals(1L, select(count()).from(SHOPS).where(SHOPS.PHONE.eq("x")).fetchSingle(db()).v1());
        assertEquals("   ", select(SHOPS.PHONE).from(SHOPS).where(SHOPS.ID.eq(1)).fetchSingle(db()).v1());
        assertEquals(0L, select(count()).from(SHOPS).where(SHOPS.NAME.eq("a ")).fetchSingle(db()).v1());
    }

    // ---- 6. normalised SQLStates ----------------------------------------------------------------------

    private static QueryExecutionException fails(String expectedState, Executable statement) {
        QueryExecutionException e = assertThrows(QueryExecutionException.class, statement);
        assertEquals(expectedState, e.sqlState(), e.getMessage());
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        assertEquals(cause.getSQLState(), e.driverSqlState());
        assertEquals(cause.getErrorCode(), e.vendorCode());
        return e;
    }

    @Test
    void aMissingNotNullValueIs23502() {
        fails("23502", () -> SHOPS.insert().set(SHOPS.ID, 1).execute(db()));
        fails("23502", () -> SHOPS.insert().set(SHOPS.ID, 1).set(SHOPS.NAME, raw(SqlType.TEXT, "NULL")).execute(db()));
    }

    @Test
    void aDuplicateKeyIs23505() {
        shop(1, "a", null, 0);
        fails("23505", () -> shop(1, "b", null, 0));
        fails("23505", () -> shop(2, "a", null, 0));
    }

    @Test
    void aForeignKeyViolationIs23503() {
        fails("23503", () -> ITEMS.insert().set(ITEMS.ID, 1).set(ITEMS.SHOP_ID, 99).execute(db()));
        shop(1, "a", null, 0);
        ITEMS.insert().set(ITEMS.ID, 1).set(ITEMS.SHOP_ID, 1).execute(db());
        fails("23503", () -> SHOPS.delete().where(SHOPS.ID.eq(1)).execute(db()));
    }

    @Test
    void aCheckViolationIs23514() {
        fails("23514", () -> shop(1, "a", null, -1));
    }
}
