package dev.quarry.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as the Java value of its SQL type (null for SQL NULL). Resolved
 * once per query, so the row loop does no look-ups.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ValueReader {
    Object read(ResultSet rs, int index) throws SQLException;
}
