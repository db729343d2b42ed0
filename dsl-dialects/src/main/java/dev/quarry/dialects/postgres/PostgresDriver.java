package dev.quarry.dialects.postgres;

import dev.quarry.dialect.DriverSupport;

/**
 * The hooks of the PostgreSQL JDBC driver: {@code jdbc:postgresql:} URLs and streams read with a cursor
 * inside a transaction.
 */
final class PostgresDriver implements DriverSupport {
    /** The one instance: the hooks hold no state. */
    static final PostgresDriver INSTANCE = new PostgresDriver();

    private PostgresDriver() {
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /**
     * The driver only reads with a cursor (fetch size honoured) when autocommit is off
     * (https://jdbc.postgresql.org/documentation/query/#getting-results-based-on-a-cursor).
     */
    @Override
    public boolean streamInTransaction() {
        return true;
    }

    @Override
    public String toString() {
        return "PostgresDriver";
    }
}
