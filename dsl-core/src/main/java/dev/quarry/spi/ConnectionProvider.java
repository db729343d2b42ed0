package dev.quarry.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a {@link dev.quarry.Database} gets the connection of each statement run outside one of its own
 * transactions, and how it gives it back. By default a statement takes a connection from the
 * {@link javax.sql.DataSource} and closes it afterwards; an integration can instead hand out the connection
 * of a transaction it manages (Spring's {@code DataSourceUtils}), which {@link #release} then leaves open.
 *
 * <pre>{@code
 * Database db = Database.of(dataSource, Dialects.POSTGRES).withConnections(new ConnectionProvider() {
 *     public Connection acquire() throws SQLException { return DataSourceUtils.getConnection(dataSource); }
 *     public void release(Connection c) { DataSourceUtils.releaseConnection(c, dataSource); }
 * });
 * }</pre>
 *
 * <p>Implementations must be thread-safe: statements on many threads call them at once.
 *
 * @since 0.1.0
 */
public interface ConnectionProvider {
    /** A connection for one statement (or for a stream, until it is closed). */
    Connection acquire() throws SQLException;

    /** Gives back a connection of {@link #acquire}, once, when its statement or stream is done. */
    void release(Connection connection) throws SQLException;
}
