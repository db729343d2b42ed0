package dev.quarry;

import java.sql.SQLException;

/**
 * A statement failed in the database. Carries the SQL and the SQLState, never the bound values
 * (they may be secrets).
 *
 * @since 0.1.0
 */
public class QueryExecutionException extends QuarryException {
    private static final long serialVersionUID = 1L;
    private final String sql;
    private final String sqlState;

    /** Wraps a JDBC failure of {@code sql}. */
    public QueryExecutionException(String sql, SQLException cause) {
        this(sql, cause, cause.getSQLState());
    }

    /** Wraps a JDBC failure of {@code sql} whose SQLState the dialect worked out (drivers that set none). */
    public QueryExecutionException(String sql, SQLException cause, String sqlState) {
        super(message(sql, cause, sqlState), cause);
        this.sql = sql;
        this.sqlState = sqlState;
    }

    /** A failure with no JDBC exception behind it (for example a connection that could not be had). */
    public QueryExecutionException(String message, String sql, Throwable cause) {
        super(message + (sql == null ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql;
        this.sqlState = cause instanceof SQLException s ? s.getSQLState() : null;
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

    /** The five-character SQLState the driver reported, or null. */
    public String sqlState() {
        return sqlState;
    }
}
