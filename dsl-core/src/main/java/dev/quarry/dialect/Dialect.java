package dev.quarry.dialect;

import dev.quarry.render.AnsiRenderer;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * One database's SQL: a plain immutable value made of small hooks. Implementations live in
 * {@code dsl-dialects} and are found with {@link java.util.ServiceLoader}; a dialect that depends on the
 * server version returns a new value from {@link #forServer}.
 *
 * @since 0.1.0
 */
public interface Dialect {
    /** A short name for messages, e.g. {@code "SQLite"}. */
    String name();

    /**
     * The short name that configuration uses to pick this dialect ({@code "sqlite"}, {@code "mysql"},
     * {@code "postgres"}; {@link DialectLookup#forName}); the lower-case {@link #name()} by default.
     */
    default String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * True if configuration naming {@code name} means this dialect: its {@link #shortName()} in any case by
     * default; a dialect may accept other spellings too ({@code "postgresql"}, {@code "mariadb"}).
     */
    default boolean acceptsName(String name) {
        return shortName().equalsIgnoreCase(name);
    }

    /** What this dialect can do. */
    Set<Capability> capabilities();

    /** True if this dialect has {@code capability}. */
    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    /** A new renderer (renderers hold per-statement state; dialects are shared singletons). */
    AnsiRenderer renderer();

    /** A renderer of DDL for this dialect. */
    default dev.quarry.render.DdlRenderer ddlRenderer() {
        return new dev.quarry.render.DdlRenderer(this);
    }

    /** How types are named, bound and read. */
    TypeMapper types();

    /** True if a JDBC URL belongs to this dialect ({@code jdbc:sqlite:...}). */
    default boolean acceptsUrl(String jdbcUrl) {
        return false;
    }

    /** True if {@code DatabaseMetaData.getDatabaseProductName()} names this dialect's database. */
    default boolean acceptsProduct(String productName) {
        return false;
    }

    /** This dialect adjusted to the connected server's version; itself when nothing depends on it. */
    default Dialect forServer(DatabaseMetaData metaData) throws SQLException {
        return this;
    }

    /** Driver properties a pool opened by Quarry sets (e.g. SQLite's busy timeout). */
    default Map<String, String> connectionProperties() {
        return Map.of();
    }

    /** The JDBC fetch size of {@code fetchStream} (MySQL streams with {@code Integer.MIN_VALUE}). */
    default int streamFetchSize() {
        return 1_000;
    }

    /**
     * True if {@code fetchStream} must run inside a transaction for the driver to read with a cursor
     * (PostgreSQL's driver reads every row at once under autocommit). The executor then turns autocommit off
     * on the stream's connection, and commits and turns it back on when the stream closes; a stream on a
     * transaction's connection is left as it is.
     */
    default boolean streamInTransaction() {
        return false;
    }

    /**
     * True if a connection runs no other statement while a {@code fetchStream} reads from it (Connector/J's
     * row-by-row streaming). A stream that loads relationships inside a transaction then reads its parent rows
     * before loading their children.
     */
    default boolean streamBlocksConnection() {
        return false;
    }

    /**
     * True if every connection to {@code jdbcUrl} is its own database (SQLite {@code :memory:}), so that a
     * pool must keep exactly one connection for ever.
     */
    default boolean singleConnection(String jdbcUrl) {
        return false;
    }

    /**
     * The SQLState of a failure: the driver's, or one the dialect works out where the driver sets none
     * (sqlite-jdbc), so that callers can tell a constraint violation (class 23) from other errors.
     */
    default String sqlState(java.sql.SQLException e) {
        return e.getSQLState();
    }

    /**
     * True if {@code e} is a transient failure that running the whole transaction again may cure: a
     * serialization failure or a deadlock. {@link dev.quarry.Retry} re-runs a transaction only after one. The
     * default accepts SQLState {@code 40001} and {@code 40P01} (as {@link #sqlState} gives it); MySQL adds its
     * deadlock and lock-wait-timeout error numbers.
     */
    default boolean isTransient(java.sql.SQLException e) {
        String state = sqlState(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    /**
     * True if a statement timeout must be enforced by cancelling the statement from another thread, because
     * the driver's {@code setQueryTimeout} does not stop a running statement (sqlite-jdbc uses it as the busy
     * timeout). False: the driver's query timeout, in whole seconds.
     */
    default boolean cancelsOnTimeout() {
        return false;
    }

    /** The most bind parameters one statement may hold (batches are split below it). */
    default int maxBindParameters() {
        return 32_767;
    }

    /**
     * The most bytes of values one statement should carry (MySQL's {@code max_allowed_packet}); a multi-row
     * INSERT is split below it as below {@link #maxBindParameters()}. Unlimited by default.
     *
     * @since 0.1.0
     */
    default long maxStatementBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * Writes the rows of {@code db.load(insert, rows)} on the transaction's connection and returns how many
     * were written. Multi-row INSERTs sized to {@link #maxBindParameters()} and {@link #maxStatementBytes()}
     * by default; a dialect overrides it with its database's fastest path ({@code COPY}, a prepared batch).
     *
     * @since 0.1.0
     */
    default long load(BulkLoad load) throws SQLException {
        return load.multiRowInsert();
    }
}
