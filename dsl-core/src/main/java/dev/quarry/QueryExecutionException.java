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

    private static String message(String sql, SQLException e, String sqlState) {
        return e.getMessage() + " [SQLState: " + sqlState + ", SQL: " + sql + "]";
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
