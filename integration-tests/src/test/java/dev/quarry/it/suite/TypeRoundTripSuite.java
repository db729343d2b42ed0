package dev.quarry.it.suite;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.MappingException;
import dev.quarry.Row;
import dev.quarry.it.suite.model.AllTypes.Mood;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every {@code SqlType} written and read back equal (the lossless promise of docs/types.md), with edge
 * values: min/max numbers, decimal scale, empty and unicode strings, dates far in the past and future, microseconds, null.
 */
public abstract class TypeRoundTripSuite extends SuiteBase {
    private final AtomicInteger ids = new AtomicInteger();

    private <T> T roundTrip(Column<T> column, T value) {
        int id = ids.incrementAndGet();
        ALL_TYPES.insert().set(ALL_TYPES.ID, id).set(column, value).execute(db());
        T back = select(column).from(ALL_TYPES).where(ALL_TYPES.ID.eq(id)).fetchSingle(db()).v1();
        Row row = ALL_TYPES.select().where(ALL_TYPES.ID.eq(id)).fetchSingle(db());
        if (value instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) row.get(column));
        } else if (!(value instanceof BigDecimal) && !(value instanceof OffsetDateTime) && column != ALL_TYPES.DOC) {
            // JSON is equal by value where the database normalises it (docs/types.md): the caller compares it
            assertEquals(value, row.get(column), "via select all: " + column);
        }
        return back;
    }

    private <T> void same(Column<T> column, T value) {
        assertEquals(value, roundTrip(column, value), column.name());
    }

    @Test
    void integers() {
        for (Short v : List.of(Short.MIN_VALUE, (short) 0, Short.MAX_VALUE)) {
            same(ALL_TYPES.SMALL, v);
        }
        for (Integer v : List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE)) {
            same(ALL_TYPES.INT, v);
        }
        for (Long v : List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE)) {
            same(ALL_TYPES.BIG, v);
        }
    }

    @Test
    void floatingPoint() {
        for (Float v : List.of(0f, 1.5f, -3.25e10f, Float.MAX_VALUE, Float.MIN_NORMAL)) {
            same(ALL_TYPES.REAL, v);
        }
        for (Double v : List.of(0d, Math.PI, -1e300, Double.MAX_VALUE, Double.MIN_NORMAL)) {
            same(ALL_TYPES.DBL, v);
        }
    }

    @Test
    void decimalsKeepEveryDigitInTheColumnsScale() {
        for (String s : List.of("0", "1.5", "-12345678901234567890.1234567891", "99999999999999999999.9999999999",
                "0.0000000001")) {
            BigDecimal v = new BigDecimal(s);
            BigDecimal back = roundTrip(ALL_TYPES.DEC, v);
            assertEquals(0, v.compareTo(back), s + " came back as " + back);
            assertEquals(10, back.scale(), "in the column's scale");
        }
    }

    @Test
    void booleans() {
        same(ALL_TYPES.FLAG, true);
        same(ALL_TYPES.FLAG, false);
    }

    @Test
    void strings() {
        for (String v : List.of("", "plain", "ünïcødé ✓ 漢字 😀", "O'Brien \"q\" \\ -- ;", "x".repeat(200))) {
            same(ALL_TYPES.VC, v);
            same(ALL_TYPES.TXT, v + v);
        }
        same(ALL_TYPES.CH, "abc");
        same(ALL_TYPES.TXT, "long ".repeat(20_000));
        same(ALL_TYPES.MIXED, "mixed");
        same(ALL_TYPES.ORDER, "reserved");
    }

    @Test
    void datesAndTimes() {
        for (LocalDate d : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(2024, 2, 29),
                LocalDate.of(9999, 12, 31))) {
            same(ALL_TYPES.DAY, d);
        }
        for (LocalTime t : List.of(LocalTime.MIDNIGHT, LocalTime.of(12, 34, 56), LocalTime.of(23, 59, 59, 999_999_000),
                LocalTime.of(1, 2, 3, 4_000))) {
            same(ALL_TYPES.TIME, t);
        }
        for (LocalDateTime ts : List.of(LocalDateTime.of(1000, 1, 1, 0, 0), LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1_000),
                LocalDateTime.of(2038, 1, 19, 3, 14, 8), LocalDateTime.of(2024, 3, 10, 2, 30, 0, 123_456_000),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000))) {
            same(ALL_TYPES.TS, ts);
        }
    }

    @Test
    void timestampsWithTimeZoneKeepTheInstant() {
        for (OffsetDateTime v : List.of(OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 500_000_000, ZoneOffset.ofHours(5)),
                OffsetDateTime.of(2999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-9, -30)))) {
            OffsetDateTime back = roundTrip(ALL_TYPES.TSTZ, v);
            assertEquals(v.toInstant(), back.toInstant());
        }
        for (Instant v : List.of(Instant.parse("2024-06-01T12:00:00.123456Z"), Instant.parse("1901-01-01T00:00:00Z"),
                Instant.parse("2500-01-01T00:00:00.000001Z"))) {
            same(ALL_TYPES.INSTANT, v);
        }
    }

    @Test
    void bytesUuidsJsonAndEnums() {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        assertArrayEquals(bytes, roundTrip(ALL_TYPES.BYTES, bytes));
        assertArrayEquals(new byte[0], roundTrip(ALL_TYPES.BYTES, new byte[0]));
        same(ALL_TYPES.UID, UUID.randomUUID());
        same(ALL_TYPES.UID, new UUID(0, 0));
        String json = "{\"a\":[1,2,{\"b\":null}],\"s\":\"ü\"}";
        String back = roundTrip(ALL_TYPES.DOC, json);
        assertEquals(json.replace(" ", ""), back.replace(" ", ""));
        for (Mood m : Mood.values()) {
            same(ALL_TYPES.MOOD, m);
        }
    }

    @Test
    void nullsOfEveryType() {
        int id = ids.incrementAndGet();
        ALL_TYPES.insert().set(ALL_TYPES.ID, id).execute(db());
        Row row = ALL_TYPES.select().where(ALL_TYPES.ID.eq(id)).fetchSingle(db());
        for (int i = 1; i < row.size(); i++) {
            assertNull(row.get(i), "column " + row.fields().get(i));
        }
    }

    /** Primitive components: read without a box where the column's reader reads that primitive. */
    public record Primitives(int id, long big, int intValue, double dbl, boolean flag, short small, float realValue) {
    }

    /** The same components, boxed. */
    public record Boxed(Integer id, Long big, Integer intValue, Double dbl, Boolean flag, Short small,
            Float realValue) {
    }

    /** An INTEGER column into a {@code long} and a BIGINT into a {@code double}: converted. */
    public record Widened(long intValue, double big) {
    }

    @Test
    void recordsOfPrimitiveComponents() {
        int full = ids.incrementAndGet();
        ALL_TYPES.insert().set(ALL_TYPES.ID, full).set(ALL_TYPES.BIG, Long.MAX_VALUE)
                .set(ALL_TYPES.INT, Integer.MIN_VALUE).set(ALL_TYPES.DBL, -0.5).set(ALL_TYPES.FLAG, true)
                .set(ALL_TYPES.SMALL, Short.MIN_VALUE).set(ALL_TYPES.REAL, 1.5f).execute(db());
        int zeros = ids.incrementAndGet();
        ALL_TYPES.insert().set(ALL_TYPES.ID, zeros).set(ALL_TYPES.BIG, 0L).set(ALL_TYPES.INT, 0)
                .set(ALL_TYPES.DBL, 0.0).set(ALL_TYPES.FLAG, false).set(ALL_TYPES.SMALL, (short) 0)
                .set(ALL_TYPES.REAL, 0f).execute(db());
        int nulls = ids.incrementAndGet();
        ALL_TYPES.insert().set(ALL_TYPES.ID, nulls).execute(db());

        var both = ALL_TYPES.select().where(ALL_TYPES.ID.in(full, zeros)).orderBy(ALL_TYPES.ID);
        assertEquals(List.of(new Primitives(full, Long.MAX_VALUE, Integer.MIN_VALUE, -0.5, true, Short.MIN_VALUE, 1.5f),
                new Primitives(zeros, 0L, 0, 0.0, false, (short) 0, 0f)), both.fetchInto(db(), Primitives.class),
                "zero and false are values, not NULL");
        assertEquals(new Widened(Integer.MIN_VALUE, (double) Long.MAX_VALUE),
                ALL_TYPES.select().where(ALL_TYPES.ID.eq(full)).fetchInto(db(), Widened.class).get(0));

        var onlyNulls = ALL_TYPES.select().where(ALL_TYPES.ID.eq(nulls));
        assertEquals(List.of(new Boxed(nulls, null, null, null, null, null, null)),
                onlyNulls.fetchInto(db(), Boxed.class));
        MappingException e = assertThrows(MappingException.class, () -> onlyNulls.fetchInto(db(), Primitives.class));
        assertTrue(e.getMessage().contains("big is a long") && e.getMessage().contains("wrapper"), e.getMessage());
        e = assertThrows(MappingException.class, () -> onlyNulls.fetchInto(db(), Widened.class));
        assertTrue(e.getMessage().contains("intValue is a long"), e.getMessage());
        var fullRow = ALL_TYPES.select().where(ALL_TYPES.ID.eq(full));
        ALL_TYPES.update().set(ALL_TYPES.FLAG, (Boolean) null).where(ALL_TYPES.ID.eq(full)).execute(db());
        nullIn(fullRow, "flag is a boolean");
        ALL_TYPES.update().set(ALL_TYPES.DBL, (Double) null).where(ALL_TYPES.ID.eq(full)).execute(db());
        nullIn(fullRow, "dbl is a double");
        ALL_TYPES.update().set(ALL_TYPES.INT, (Integer) null).where(ALL_TYPES.ID.eq(full)).execute(db());
        nullIn(fullRow, "intValue is a int");
    }

    private void nullIn(dev.quarry.ResultQuery<?> query, String expected) {
        MappingException e = assertThrows(MappingException.class, () -> query.fetchInto(db(), Primitives.class));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
