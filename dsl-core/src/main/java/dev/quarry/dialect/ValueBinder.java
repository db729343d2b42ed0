package dev.quarry.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds a Java value (possibly null) of one SQL type to a statement parameter. Resolved once per query.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ValueBinder {
    void bind(PreparedStatement ps, int index, Object value) throws SQLException;
}
