package dev.quarry.dialects.sqlite;

import dev.quarry.MappingException;
import dev.quarry.SqlType;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.dialect.ValueReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.UUID;

/**
 * SQLite storage of Quarry's types (https://www.sqlite.org/datatype3.html). Writing is exact, reading
 * lenient: a TIMESTAMP reads from SQLite's text, ISO text with {@code T}, or epoch numbers; a decimal
 * stored as REAL or INTEGER reads as {@code BigDecimal.valueOf} of it.
 *
 * @since 0.1.0
 */
public class SqliteTypes extends TypeMapper {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter READ_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd().appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /**
     * SMALLINT and INTEGER read wide and checked: SQLite stores any 64-bit integer in any column, and the
     * driver's {@code getInt}/{@code getShort} would cut 3000000000 down to -1294967296 without a word. One
     * {@code getLong} costs the same native call as {@code getInt}.
     */
    @Override
    protected ValueReader storageReader(SqlType<?> t) {
        return switch (t.kind()) {
            case SMALLINT -> SqliteTypes::readSmallint;
            case INTEGER -> SqliteTypes::readInteger;
            default -> super.storageReader(t);
        };
    }

    private static Object readSmallint(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        if (v == 0 && rs.wasNull()) {
            return null;
        } else if (v != (short) v) {
            throw outOfRange(rs, i, v, "SMALLINT (Short)");
        }
        return (short) v;
    }

    private static Object readInteger(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        if (v == 0 && rs.wasNull()) {
            return null;
        } else if (v != (int) v) {
            throw outOfRange(rs, i, v, "INTEGER (Integer)");
        }
        return (int) v;
    }

    private static MappingException outOfRange(ResultSet rs, int i, long value, String type) throws SQLException {
        return new MappingException("column " + rs.getMetaData().getColumnLabel(i) + " holds " + value
                + ", which is out of the range of " + type + ": declare it BIGINT (Long) to read it");
    }

    /** Decimals get TEXT affinity (the name holds "TEXT") so that SQLite keeps every digit. */
    @Override
    protected String ddlDecimal(int precision, int scale) {
        return "DECIMAL_TEXT(" + precision + ", " + scale + ")";
    }

    @Override
    protected String ddlDouble() {
        return "DOUBLE";
    }

    @Override
    protected String ddlTimestampTz() {
        return "TIMESTAMPTZ";
    }

    @Override
    protected String ddlUuid() {
        return "UUID";
    }

    @Override
    protected ValueBinder bindDecimal(SqlType<?> t) {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, ((BigDecimal) v).toPlainString()));
    }

    /**
     * Reads by the value's storage class, which {@code getObject} gives with one look at the row: TEXT (what
     * Quarry writes) is parsed as it is, so every digit is kept; a REAL or INTEGER that another tool wrote
     * (NUMERIC or REAL affinity, as in most existing SQLite files) reads as {@code BigDecimal.valueOf} of
     * it, without the text round trip that {@code getString} makes SQLite do in C and Java undo (four times
     * the cost of the read itself).
     */
    @Override
    protected ValueReader readDecimal(int scale) {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            } else if (o instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) {
                    throw notA(rs, i, d, "decimal", null);
                }
                return SqliteNumbers.decimal(d, scale);
            } else if (o instanceof Integer || o instanceof Long) {
                return SqliteNumbers.decimal(((Number) o).longValue(), scale);
            } else if (o instanceof String s) {
                try {
                    return inScale(new BigDecimal(s.trim()), scale);
                } catch (NumberFormatException e) {
                    throw notA(rs, i, s, "decimal", e);
                }
            }
            throw notA(rs, i, o, "decimal", null);
        };
    }

    /** A value that cannot be read as the column's type: the column, the value and the type. */
    static MappingException notA(ResultSet rs, int i, Object value, String type, Exception cause)
            throws SQLException {
        String shown = value instanceof byte[] b ? "a BLOB of " + b.length + " bytes" : "'" + value + "'";
        return new MappingException("column " + rs.getMetaData().getColumnLabel(i) + " holds " + shown
                + ", which is not a " + type, cause);
    }

    @Override
    protected ValueBinder bindBoolean() {
        return nullable(Types.INTEGER, (ps, i, v) -> ps.setInt(i, (Boolean) v ? 1 : 0));
    }

    /**
     * One {@code getObject}: SQLite has no BOOLEAN, so a flag is an INTEGER 0/1 (what Quarry and most tools
     * write) or, leniently, a REAL or the text {@code true}/{@code false}/{@code 1}/{@code 0}.
     */
    @Override
    protected ValueReader readBoolean() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            } else if (o instanceof Integer n) {
                return n != 0;
            } else if (o instanceof Number n) {
                return n.doubleValue() != 0;
            } else if (o instanceof String s) {
                String t = s.trim();
                if (t.equalsIgnoreCase("true") || t.equals("1")) {
                    return true;
                } else if (t.equalsIgnoreCase("false") || t.equals("0")) {
                    return false;
                }
            }
            throw notA(rs, i, o, "boolean (0/1 or true/false)", null);
        };
    }

    @Override
    protected ValueBinder bindDate() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.toString()));
    }

    /**
     * ISO text (a time part after the date is ignored), or an epoch number as {@code unixepoch()} or JDBC
     * writes it, INTEGER or REAL: see {@link DateReader}.
     */
    @Override
    protected ValueReader readDate() {
        return new DateReader();
    }

    /**
     * Reads a DATE column with as few native calls as its values allow. Text dates (what Quarry and most tools
     * write) are read with one {@code getString}; epoch numbers with {@code getObject}, which asks for the
     * storage class first so that a number is not turned into text and parsed back. The reader remembers, per
     * result column, which kind the last value was and tries that path first. The memory is only a hint: both
     * paths read every storage class correctly, so a column that mixes them is read right, only slower, and
     * threads that share the reader may see each other's hint or not.
     */
    static final class DateReader implements ValueReader {
        private boolean numbers;

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            if (numbers) {
                Object o = rs.getObject(i);
                if (o instanceof Integer || o instanceof Long) {
                    return epochDay(((Number) o).longValue());
                } else if (o == null) {
                    return null;
                } else if (o instanceof Double d) {
                    return fromReal(rs, i, d);
                } else if (o instanceof String s) {
                    numbers = false;
                    return fromText(rs, i, s);
                }
                throw notA(rs, i, o, "date", null);
            }
            String s = rs.getString(i);
            return s == null ? null : fromText(rs, i, s);
        }

        private Object fromText(ResultSet rs, int i, String s) throws SQLException {
            try {
                if (isNumber(s)) {
                    long v = Long.parseLong(s);
                    numbers = true;
                    return epochDay(v);
                }
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException | NumberFormatException e) {
                Double epoch = realEpoch(s);
                if (epoch != null) {
                    numbers = true;
                    return epochDay(epoch.longValue());
                }
                throw notA(rs, i, s, "date (yyyy-MM-dd)", e);
            }
        }

        private static Object fromReal(ResultSet rs, int i, double d) throws SQLException {
            if (Math.abs(d) < 1e15) {
                return epochDay((long) d);
            }
            throw notA(rs, i, d, "date (epoch seconds or milliseconds)", null);
        }
    }

    /** A REAL as SQLite writes it as text ({@code 1714979289.0}, {@code 1.7e+15}), or null for other text. */
    private static Double realEpoch(String s) {
        char c = s.isEmpty() ? 'x' : s.charAt(0);
        if ((c < '0' || c > '9') && c != '-') {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Math.abs(d) < 1e15 ? d : null; // epoch milliseconds reach the year 33,658
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An integer as text (SQLite gives integers as text to getString): an epoch number. */
    private static boolean isNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 19) {
            return false;
        }
        for (int k = s.charAt(0) == '-' ? 1 : 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return n > 1 || s.charAt(0) != '-';
    }

    @Override
    protected ValueBinder bindTime() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, TIME.format((LocalTime) v)));
    }

    @Override
    protected ValueReader readTime() {
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : LocalTime.parse(s);
        };
    }

    @Override
    protected ValueBinder bindTimestamp() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, DATE_TIME.format((LocalDateTime) v)));
    }

    @Override
    protected ValueReader readTimestamp() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            } else if (o instanceof Number n) {
                return epoch(n);
            }
            var parsed = parse(o.toString());
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : LocalDateTime.from(parsed);
        };
    }

    @Override
    protected ValueBinder bindTimestampTz() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i,
                DATE_TIME.format(((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())));
    }

    @Override
    protected ValueBinder bindInstant() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i,
                DATE_TIME.format(LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC))));
    }

    @Override
    protected ValueReader readTimestampTz() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            } else if (o instanceof Number n) {
                return epoch(n).atOffset(ZoneOffset.UTC);
            }
            var parsed = parse(o.toString());
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC)
                    : LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC);
        };
    }

    private static java.time.temporal.TemporalAccessor parse(String s) {
        try {
            return READ_DATE_TIME.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new MappingException("'" + s + "' is not a timestamp SQLite or ISO 8601 can write", e);
        }
    }

    /** Epoch seconds (as SQLite's unixepoch() gives) or, when too large for that, milliseconds (as JDBC writes). */
    private static LocalDateTime epoch(Number n) {
        return epoch(n.longValue());
    }

    /** The UTC day of epoch seconds or milliseconds (as {@link #epoch(long)} reads them), without a date-time. */
    private static LocalDate epochDay(long v) {
        long seconds = Math.abs(v) < 100_000_000_000L ? v : Math.floorDiv(v, 1_000L);
        return LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    }

    private static LocalDateTime epoch(long v) {
        Instant instant = Math.abs(v) < 100_000_000_000L ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    protected ValueReader readUuid() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            } else if (o instanceof byte[] b && b.length == 16) {
                ByteBuffer bb = ByteBuffer.wrap(b);
                return new UUID(bb.getLong(), bb.getLong());
            }
            return UUID.fromString(o.toString());
        };
    }
}
