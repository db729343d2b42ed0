package dev.quarry.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as the Java value of its SQL type (null for SQL NULL). Resolved
 * once per query, so the row loop does no look-ups.
 *
 * <p>A reader that can also hand its value over as a primitive implements {@link OfLong}, {@link OfInt},
 * {@link OfDouble} or {@link OfBoolean}: a record component of that primitive type is then filled without a box.
 * Those readers report SQL NULL as JDBC does, with zero (or false) and {@link ResultSet#wasNull()}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ValueReader {
    Object read(ResultSet rs, int index) throws SQLException;

    /**
     * A reader of {@code long} values.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface OfLong extends ValueReader {
        /** The value, or 0 with {@link ResultSet#wasNull()} true for SQL NULL. */
        long readLong(ResultSet rs, int index) throws SQLException;

        @Override
        default Object read(ResultSet rs, int index) throws SQLException {
            long v = readLong(rs, index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    }

    /**
     * A reader of {@code int} values.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface OfInt extends ValueReader {
        /** The value, or 0 with {@link ResultSet#wasNull()} true for SQL NULL. */
        int readInt(ResultSet rs, int index) throws SQLException;

        @Override
        default Object read(ResultSet rs, int index) throws SQLException {
            int v = readInt(rs, index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    }

    /**
     * A reader of {@code double} values.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface OfDouble extends ValueReader {
        /** The value, or 0 with {@link ResultSet#wasNull()} true for SQL NULL. */
        double readDouble(ResultSet rs, int index) throws SQLException;

        @Override
        default Object read(ResultSet rs, int index) throws SQLException {
            double v = readDouble(rs, index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    }

    /**
     * A reader of {@code boolean} values.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface OfBoolean extends ValueReader {
        /** The value, or false with {@link ResultSet#wasNull()} true for SQL NULL. */
        boolean readBoolean(ResultSet rs, int index) throws SQLException;

        @Override
        default Object read(ResultSet rs, int index) throws SQLException {
            boolean v = readBoolean(rs, index);
            return !v && rs.wasNull() ? null : v;
        }
    }
}
