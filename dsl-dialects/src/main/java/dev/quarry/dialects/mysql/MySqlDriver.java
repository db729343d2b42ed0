package dev.quarry.dialects.mysql;

import dev.quarry.dialect.DriverSupport;
import java.sql.SQLException;
import java.util.Map;

/**
 * The hooks of MySQL Connector/J (for MySQL and MariaDB): {@code jdbc:mysql:} and {@code jdbc:mariadb:}
 * URLs, row-by-row streaming, standard SQLStates for the integrity errors the server reports by number,
 * deadlocks and lock waits as transient failures, and the driver properties of a pool opened by Quarry.
 */
final class MySqlDriver implements DriverSupport {
    /** The one instance: the hooks hold no state. */
    static final MySqlDriver INSTANCE = new MySqlDriver();

    private MySqlDriver() {
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:");
    }

    /**
     * Connector/J properties of a pool opened by Quarry: utf8mb4 on the wire, and a session in UTC so that
     * {@code NOW()} and legacy {@code TIMESTAMP} columns agree with the UTC that Quarry stores (values Quarry
     * binds and reads do not depend on it), and batches of INSERTs sent as multi-row INSERTs
     * ({@code rewriteBatchedStatements}). SSL and public key retrieval are left to the URL.
     */
    @Override
    public Map<String, String> connectionProperties() {
        // https://dev.mysql.com/doc/connector-j/en/connector-j-time-instants.html
        return Map.of("characterEncoding", "UTF-8", "connectionTimeZone", "UTC",
                "forceConnectionTimeZoneToSession", "true", "rewriteBatchedStatements", "true");
    }

    /** Connector/J streams a result set row by row only with this fetch size; any other buffers all rows. */
    @Override
    public int streamFetchSize() {
        return Integer.MIN_VALUE;
    }

    /**
     * The standard SQLState of the common integrity errors, which MySQL and MariaDB report as {@code 23000} or
     * {@code HY000} (https://mariadb.com/kb/en/mariadb-error-code-reference/,
     * https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html): a NOT NULL column given no value
     * (1364) or NULL (1048) is {@code 23502}, a duplicate key (1062, 1586) {@code 23505}, a foreign key (1451, 1452,
     * and 1216/1217 of old servers) {@code 23503}, a check (MySQL 3819, MariaDB 4025) {@code 23514}. The
     * driver's own values stay on the exception.
     */
    @Override
    public String sqlState(SQLException e) {
        String state = e.getSQLState();
        switch (e.getErrorCode()) {
            case 1048, 1364:
                return "23502";
            case 1062, 1586:
                return "23505";
            case 1216, 1217, 1451, 1452:
                return "23503";
            case 3819:
                return "23514";
            case 4025:
                // MariaDB's ER_CONSTRAINT_FAILED comes with 23000; the number means something else on MySQL
                return state != null && state.startsWith("23") ? "23514" : state;
            default:
                return state;
        }
    }

    /**
     * Deadlock (1213, which is also how Galera reports a certification conflict) and lock wait timeout (1205,
     * SQLState {@code HY000}) besides the standard {@code 40001}: InnoDB rolls back the whole transaction after
     * a deadlock and the waiting statement after a lock timeout, and a new run may pass in both cases.
     */
    @Override
    public boolean isTransient(SQLException e) {
        return e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || DriverSupport.super.isTransient(e);
    }

    /**
     * While Connector/J streams a result set no other statement may run on its connection: "Streaming result
     * set ... is still active" (https://dev.mysql.com/doc/connector-j/en/connector-j-reference-implementation-notes.html).
     */
    @Override
    public boolean streamBlocksConnection() {
        return true;
    }

    @Override
    public String toString() {
        return "MySqlDriver";
    }
}
