package dev.quarry.dialect;

import java.sql.SQLException;
import java.util.Map;

/**
 * What Quarry needs to know about a database's JDBC driver, apart from the SQL it speaks
 * ({@link Dialect#driver()}): how it reports failures, how it streams and times out, and, for pools that
 * Quarry opens itself, which URLs it serves and which driver properties it wants.
 *
 * <p>Two groups of hooks:
 * <ul>
 * <li><b>Connections from any pool</b>, Quarry's or an application's ({@code Database.of(dataSource)}, a
 * Spring-managed {@code DataSource}): {@link #sqlState}, {@link #isTransient}, {@link #cancelsOnTimeout},
 * {@link #streamFetchSize}, {@link #streamInTransaction}, {@link #streamBlocksConnection}.</li>
 * <li><b>Pools that Quarry opens</b> ({@code Database.open(url)}): {@link #acceptsUrl},
 * {@link #connectionProperties}, {@link #singleConnection}. A pool made by someone else is left as it was
 * configured.</li>
 * </ul>
 * What the server accepts in one statement (bind parameters, bytes) is SQL, not driver, and stays on
 * {@link Dialect} ({@link Dialect#maxBindParameters()}, {@link Dialect#maxStatementBytes()}).
 *
 * <p>Every method has the behaviour of a plain JDBC driver by default ({@link #STANDARD}); a dialect overrides
 * what its driver does differently. Implementations are immutable and shared.
 *
 * @since 0.1.0
 */
public interface DriverSupport {
    /** A driver that behaves as JDBC says: every hook at its default. */
    DriverSupport STANDARD = new DriverSupport() {
        @Override
        public String toString() {
            return "DriverSupport.STANDARD";
        }
    };

    /**
     * True if a JDBC URL belongs to this driver ({@code jdbc:sqlite:...}); how {@code Database.open(url)}
     * and {@link DialectLookup#forUrl} pick a dialect before connecting. False by default.
     */
    default boolean acceptsUrl(String jdbcUrl) {
        return false;
    }

    /**
     * Driver properties a pool opened by Quarry sets (e.g. SQLite's busy timeout); none by default. A pool
     * the application made does not get them unless it asks (Spring: {@code quarry.driver-properties}).
     */
    default Map<String, String> connectionProperties() {
        return Map.of();
    }

    /**
     * True if every connection to {@code jdbcUrl} is its own database (SQLite {@code :memory:}), so that a
     * pool opened by Quarry keeps exactly one connection for ever. False by default.
     */
    default boolean singleConnection(String jdbcUrl) {
        return false;
    }

    /** The JDBC fetch size of {@code fetchStream} (MySQL streams with {@code Integer.MIN_VALUE}); 1,000 by default. */
    default int streamFetchSize() {
        return 1_000;
    }

    /**
     * True if {@code fetchStream} must run inside a transaction for the driver to read with a cursor
     * (PostgreSQL's driver reads every row at once under autocommit). The executor then turns autocommit off
     * on the stream's connection, and commits and turns it back on when the stream closes; a stream on a
     * transaction's connection is left as it is. False by default.
     */
    default boolean streamInTransaction() {
        return false;
    }

    /**
     * True if a connection runs no other statement while a {@code fetchStream} reads from it (Connector/J's
     * row-by-row streaming). A stream that loads relationships inside a transaction then reads its parent rows
     * before loading their children. False by default.
     */
    default boolean streamBlocksConnection() {
        return false;
    }

    /**
     * The SQLState of a failure: the driver's, or one worked out where the driver sets none (sqlite-jdbc), so
     * that callers can tell a constraint violation (class 23) from other errors. The driver's by default.
     */
    default String sqlState(SQLException e) {
        return e.getSQLState();
    }

    /**
     * True if {@code e} is a transient failure that running the whole transaction again may cure: a
     * serialization failure or a deadlock. {@link dev.quarry.Retry} re-runs a transaction only after one. The
     * default accepts SQLState {@code 40001} and {@code 40P01} (as {@link #sqlState} gives it); MySQL adds its
     * deadlock and lock-wait-timeout error numbers.
     */
    default boolean isTransient(SQLException e) {
        String state = sqlState(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    /**
     * True if a statement timeout must be enforced by cancelling the statement from another thread, because
     * the driver's {@code setQueryTimeout} does not stop a running statement (sqlite-jdbc uses it as the busy
     * timeout). False by default: the driver's query timeout, in whole seconds.
     */
    default boolean cancelsOnTimeout() {
        return false;
    }
}
