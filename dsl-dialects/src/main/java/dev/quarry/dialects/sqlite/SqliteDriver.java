package dev.quarry.dialects.sqlite;

import dev.quarry.dialect.DriverSupport;
import java.sql.SQLException;
import java.util.Map;

/**
 * The hooks of the xerial sqlite-jdbc driver: {@code jdbc:sqlite:} URLs, a pool of one connection for an
 * in-memory database, the SQLState worked out from SQLite's result codes (the driver sets none), statement
 * timeouts by cancelling, and the driver properties of a pool opened by Quarry.
 */
final class SqliteDriver implements DriverSupport {
    /** The one instance: the hooks hold no state. */
    static final SqliteDriver INSTANCE = new SqliteDriver();

    private SqliteDriver() {
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /**
     * Foreign keys on, a busy timeout of 10 s, and transactions begun with {@code BEGIN IMMEDIATE}
     * (sqlite-jdbc's {@code transaction_mode}): a transaction takes the write lock when it starts, waiting for
     * it within the busy timeout, so that writers queue. A deferred transaction that read first cannot become
     * a writer while another writes, and SQLite then fails it at once with SQLITE_BUSY whatever the timeout
     * (https://www.sqlite.org/lang_transaction.html). Statements outside transactions are unchanged: plain
     * reads stay concurrent.
     */
    @Override
    public Map<String, String> connectionProperties() {
        // https://www.sqlite.org/pragma.html#pragma_busy_timeout and #pragma_foreign_keys
        return Map.of("busy_timeout", "10000", "foreign_keys", "true", "transaction_mode", "IMMEDIATE");
    }

    @Override
    public boolean singleConnection(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        return rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory");
    }

    /**
     * sqlite-jdbc sets no SQLState; work it out from the result code in the message
     * (https://www.sqlite.org/rescode.html) so that constraint failures are class 23 as elsewhere.
     */
    @Override
    public String sqlState(SQLException e) {
        if (e.getSQLState() != null) {
            return e.getSQLState();
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_CONSTRAINT_UNIQUE") || m.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return "23505";
        } else if (m.contains("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return "23503";
        } else if (m.contains("SQLITE_CONSTRAINT_NOTNULL")) {
            return "23502";
        } else if (m.contains("SQLITE_CONSTRAINT_CHECK")) {
            return "23514";
        } else if (m.contains("SQLITE_CONSTRAINT")) {
            return "23000";
        } else if (m.contains("SQLITE_INTERRUPT")) {
            return "57014"; // query canceled: the driver interrupts a statement that outruns its timeout
        } else if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return "40001";
        } else if (m.contains("SQLITE_ERROR")) {
            return "42000";
        }
        return "HY000";
    }

    /**
     * sqlite-jdbc's {@code setQueryTimeout} sets the connection's busy timeout rather than stopping a long
     * statement; {@code Statement.cancel()} interrupts it (sqlite3_interrupt, reported as SQLState 57014).
     */
    @Override
    public boolean cancelsOnTimeout() {
        return true;
    }

    @Override
    public String toString() {
        return "SqliteDriver";
    }
}
