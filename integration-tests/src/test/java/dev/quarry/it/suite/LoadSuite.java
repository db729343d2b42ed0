package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.QueryExecutionException;
import dev.quarry.Row1;
import dev.quarry.it.suite.model.AllTypes.Mood;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code db.load(insert, rows)}: every type arrives as a batch would write it (COPY's text escapes on
 * PostgreSQL, multi-row INSERTs on MySQL, a prepared batch on SQLite), rows stream from an iterator, and a
 * bad row loads nothing.
 */
public abstract class LoadSuite extends SuiteBase {
    private static final int N = 100_000;

    private long tags() {
        return select(count()).from(TAGS).fetchSingle(db()).v1();
    }

    private static Stream<Row1<String>> labels(int n) {
        return IntStream.range(0, n).mapToObj(i -> row("tag " + i));
    }

    @Test
    void everyTypeLoadsAndReadsBackAsWritten() {
        UUID uid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        String odd = "tab\there, new\nline, back\\slash, cr\r, 'quote', \"dq\", ünïcödé, \\N";
        LocalDateTime ts = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000);
        long n = db().load(ALL_TYPES.insert(ALL_TYPES.ID, ALL_TYPES.TXT, ALL_TYPES.DEC, ALL_TYPES.FLAG, ALL_TYPES.DAY,
                ALL_TYPES.TS, ALL_TYPES.BYTES, ALL_TYPES.UID, ALL_TYPES.MOOD, ALL_TYPES.MIXED), List.of(
                row(1, odd, new BigDecimal("-12345.6789012345"), true, LocalDate.of(2024, 2, 29), ts,
                        new byte[] {0, 1, (byte) 0xFF, '\\', '\t'}, uid, Mood.SO_SO, "Mixed"),
                row(2, null, null, null, null, null, null, null, null, null),
                row(3, "", BigDecimal.ZERO, false, LocalDate.of(1999, 12, 31), ts.withNano(0), new byte[0], uid,
                        Mood.HAPPY, "\\"))).execute();
        assertEquals(3, n);
        var rows = select(ALL_TYPES.TXT, ALL_TYPES.DEC, ALL_TYPES.FLAG, ALL_TYPES.DAY, ALL_TYPES.TS, ALL_TYPES.BYTES,
                ALL_TYPES.UID, ALL_TYPES.MOOD, ALL_TYPES.MIXED).from(ALL_TYPES).orderBy(ALL_TYPES.ID).fetch(db());
        assertEquals(odd, rows.get(0).v1());
        assertEquals(0, new BigDecimal("-12345.6789012345").compareTo(rows.get(0).v2()));
        assertEquals(true, rows.get(0).v3());
        assertEquals(LocalDate.of(2024, 2, 29), rows.get(0).v4());
        assertEquals(ts, rows.get(0).v5());
        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF, '\\', '\t'}, rows.get(0).v6());
        assertEquals(uid, rows.get(0).v7());
        assertEquals(Mood.SO_SO, rows.get(0).v8());
        assertEquals("Mixed", rows.get(0).v9());
        for (Object v : rows.get(1).values()) {
            assertNull(v);
        }
        assertEquals("", rows.get(2).v1());
        assertEquals(false, rows.get(2).v3());
        assertEquals(0, rows.get(2).v6().length);
        assertEquals("\\", rows.get(2).v9());
    }

    @Test
    void numbersTimesAndInstantsLoad() {
        Instant instant = Instant.parse("2024-05-06T07:08:09.250Z");
        db().load(ALL_TYPES.insert(ALL_TYPES.ID, ALL_TYPES.SMALL, ALL_TYPES.BIG, ALL_TYPES.DBL, ALL_TYPES.TIME,
                ALL_TYPES.INSTANT, ALL_TYPES.ORDER), List.of(
                row(1, (short) -7, Long.MAX_VALUE, 0.1, LocalTime.of(23, 59, 58), instant, "order"))).execute();
        var r = select(ALL_TYPES.SMALL, ALL_TYPES.BIG, ALL_TYPES.DBL, ALL_TYPES.TIME, ALL_TYPES.INSTANT,
                ALL_TYPES.ORDER).from(ALL_TYPES).fetchSingle(db());
        assertEquals((short) -7, r.v1());
        assertEquals(Long.MAX_VALUE, r.v2());
        assertEquals(0.1, r.v3());
        assertEquals(LocalTime.of(23, 59, 58), r.v4());
        assertEquals(instant, r.v5());
        assertEquals("order", r.v6());
    }

    @Test
    void aHundredThousandRowsStreamFromAStreamWhichIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        long n = db().load(TAGS.insert(TAGS.LABEL), labels(N).onClose(() -> closed.set(true))).execute();
        assertEquals(N, n);
        assertEquals(N, tags());
        assertTrue(closed.get(), "the stream was closed");
        assertEquals("tag 99999", select(TAGS.LABEL).from(TAGS).where(TAGS.LABEL.eq("tag 99999")).fetchSingle(db())
                .v1());
    }

    @Test
    void aRowTheDatabaseRefusesLoadsNothing() {
        List<Row1<String>> rows = new ArrayList<>(labels(N).toList());
        rows.set(N - 1, row("tag 0")); // a duplicate near the end
        assertThrows(QueryExecutionException.class, () -> db().load(TAGS.insert(TAGS.LABEL), rows).execute());
        assertEquals(0L, tags(), "nothing half-loaded");
    }

    @Test
    void aNullRowIsAClearErrorNamingItsIndexAndLoadsNothing() {
        List<Row1<String>> rows = new ArrayList<>(labels(5_000).toList());
        rows.set(4_321, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db().load(TAGS.insert(TAGS.LABEL), rows).execute());
        assertTrue(e.getMessage().contains("load row 4321 is null"), e.getMessage());
        assertEquals(0L, tags());
    }

    @Test
    void aNullValueInANotNullColumnIsRefusedAndLoadsNothing() {
        List<Row1<String>> rows = new ArrayList<>(labels(3_000).toList());
        rows.set(2_500, row((String) null));
        assertThrows(QueryExecutionException.class, () -> db().load(TAGS.insert(TAGS.LABEL), rows).execute());
        assertEquals(0L, tags());
    }

    @Test
    void insideATransactionTheLoadIsPartOfIt() {
        assertThrows(IllegalStateException.class, () -> db().transaction(tx -> {
            assertEquals(1_000, tx.load(TAGS.insert(TAGS.LABEL), labels(1_000)).execute());
            assertEquals(1_000L, select(count()).from(TAGS).fetchSingle(tx).v1());
            throw new IllegalStateException("roll back");
        }));
        assertEquals(0L, tags());
    }

    @Test
    void anEmptyLoadLoadsNothing() {
        assertEquals(0, db().load(TAGS.insert(TAGS.LABEL), List.of()).execute());
    }

    @Test
    void nullArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db().load(TAGS.insert(TAGS.LABEL), (List<Row1<String>>) null));
        assertTrue(e.getMessage().contains("rows"), e.getMessage());
    }
}
