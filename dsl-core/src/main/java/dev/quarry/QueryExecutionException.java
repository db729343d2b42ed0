package dev.quarry;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * A statement failed in the database. Carries the SQL and the SQLState, never the bound values
 * (they may be secrets).
 *
 * <p>{@link #sqlState()} is normalised by the dialect so that the same mistake gives the same state on every
 * database: {@code 23502} not-null, {@code 23505} unique, {@code 23503} foreign key, {@code 23514} check
 * (MariaDB and MySQL report most of these as {@code 23000} or {@code HY000}; sqlite-jdbc reports none). The
 * driver's own values stay available as {@link #driverSqlState()} and {@link #vendorCode()}.
 *
 * @since 0.1.0
 */
public class QueryExecutionException extends QuarryException {
    private static final long serialVersionUID = 1L;
    private final String sql;
    private final String sqlState;
    private final String driverSqlState;
    private final int vendorCode;
    private final boolean timeout;

    /** Wraps a JDBC failure of {@code sql}. */
    public QueryExecutionException(String sql, SQLException cause) {
        this(sql, cause, cause.getSQLState());
    }

    /** Wraps a JDBC failure of {@code sql} whose SQLState the dialect worked out (drivers that set none). */
    public QueryExecutionException(String sql, SQLException cause, String sqlState) {
        super(message(sql, cause, sqlState), cause);
        this.sql = sql;
        this.sqlState = sqlState;
        this.driverSqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
        this.timeout = timedOut(cause, sqlState);
    }

    /** A failure with no JDBC exception behind it (for example a connection that could not be had). */
    public QueryExecutionException(String message, String sql, Throwable cause) {
        super(message + (sql == null ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql;
        this.sqlState = cause instanceof SQLException s ? s.getSQLState() : null;
        this.driverSqlState = sqlState;
        this.vendorCode = cause instanceof SQLException s ? s.getErrorCode() : 0;
        this.timeout = cause instanceof SQLException s && timedOut(s, this.sqlState);
    }

    /**
     * A statement timeout: the driver's {@link SQLTimeoutException} (MySQL Connector/J), or SQLState
     * {@code 57014}, "query canceled" (PostgreSQL's driver cancels a statement that runs too long; the SQLite
     * dialect reports an interrupted statement so).
     */
    private static boolean timedOut(SQLException e, String sqlState) {
        return e instanceof SQLTimeoutException || "57014".equals(sqlState) || "57014".equals(e.getSQLState());
    }

    private static final String LOST = "the connection to the database was lost: ";

    private static String message(String sql, SQLException e, String sqlState) {
        return (lost(e, sqlState) ? LOST : "") + e.getMessage() + " [SQLState: " + sqlState + ", SQL: " + sql + "]";
    }

    /**
     * True if {@code failure} (or a cause of it) says the connection is gone: SQLState class 08 (connection
     * exception), PostgreSQL's 57P01-57P03 (the server ended the session: {@code pg_terminate_backend},
     * shutdown), or a JDBC exception type for a broken connection.
     */
    private static boolean lost(Throwable failure, String sqlState) {
        if (sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"))) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLRecoverableException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException && t.getCause() != null) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the statement failed because the connection was lost (the server closed it, went away or could
     * not be reached); the pool replaces such a connection, so running the work again may succeed.
     */
    public boolean isConnectionLost() {
        return lost(getCause(), sqlState);
    }

    /** The SQL text that failed, with {@code ?} where values were bound; may be null. */
    public String sql() {
        return sql;
    }

    /**
     * The five-character SQLState, normalised for the common integrity errors ({@code 23502} not-null,
     * {@code 23505} unique, {@code 23503} foreign key, {@code 23514} check) so that it is the same on every
     * database; otherwise the driver's, or one the dialect worked out where the driver sets none. May be null.
     *
     * <p>Dialects: MariaDB/MySQL map their error numbers (1048, 1364 → 23502; 1062 → 23505; 1451, 1452 →
     * 23503; 3819, 4025 → 23514); SQLite maps its result codes.
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * True if the statement was cancelled because it ran longer than its timeout ({@code q.timeout(..)},
     * {@code db.withQueryTimeout(..)}), whatever SQLState the driver gives (Connector/J gives none).
     *
     * <p>Dialects: PostgreSQL reports a timeout as a cancelled statement ({@code 57014}), so a statement
     * cancelled by hand is also a timeout there.
     *
     * @since 0.1.0
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * The SQLState exactly as the driver reported it (null where the driver sets none, as sqlite-jdbc does).
     *
     * @since 0.1.0
     */
    public String driverSqlState() {
        return driverSqlState;
    }

    /**
     * The driver's vendor error code ({@link SQLException#getErrorCode()}: MariaDB/MySQL's error number, SQLite's
     * result code; always 0 on PostgreSQL), or 0 when there is no JDBC failure behind this exception.
     *
     * @since 0.1.0
     */
    public int vendorCode() {
        return vendorCode;
    }
}
