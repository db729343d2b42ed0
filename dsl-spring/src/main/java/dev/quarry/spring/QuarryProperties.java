package dev.quarry.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Quarry auto-configuration, under the prefix {@code quarry}.
 *
 * <pre>{@code
 * quarry.dialect=postgres
 * quarry.translate-exceptions=true
 * quarry.driver-properties=false
 * quarry.metrics.enabled=true
 * }</pre>
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "quarry")
public class QuarryProperties {
    /**
     * The SQL dialect: sqlite, mysql (MySQL or MariaDB, told apart by the server's version) or postgres.
     * Detected from the DataSource's database when not set.
     */
    private String dialect;

    /**
     * Whether Quarry's failures reach callers as Spring DataAccessExceptions (translated by Spring's
     * SQLExceptionTranslator) rather than as Quarry's QueryExecutionException.
     */
    private boolean translateExceptions = true;

    /**
     * Whether a HikariCP pool that Boot makes gets the driver properties Quarry's own pools set (SQLite:
     * foreign keys on, 10 s busy timeout; MySQL/MariaDB: UTC session time zone, utf8mb4, rewritten batches).
     * Properties set under spring.datasource.hikari.data-source-properties are kept.
     */
    private boolean driverProperties;

    private final Metrics metrics = new Metrics();

    /** The dialect's short name, or null to detect it. */
    public String getDialect() {
        return dialect;
    }

    /** Sets the dialect's short name ({@code sqlite}, {@code mysql}, {@code postgres}). */
    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    /** Whether failures are translated to Spring's {@code DataAccessException}s. */
    public boolean isTranslateExceptions() {
        return translateExceptions;
    }

    /** Sets whether failures are translated to Spring's {@code DataAccessException}s. */
    public void setTranslateExceptions(boolean translateExceptions) {
        this.translateExceptions = translateExceptions;
    }

    /** Whether Boot's HikariCP pool gets the driver properties of Quarry's own pools. */
    public boolean isDriverProperties() {
        return driverProperties;
    }

    /** Sets whether Boot's HikariCP pool gets the driver properties of Quarry's own pools. */
    public void setDriverProperties(boolean driverProperties) {
        this.driverProperties = driverProperties;
    }

    /** The Micrometer settings. */
    public Metrics getMetrics() {
        return metrics;
    }

    /** Micrometer settings, under {@code quarry.metrics}. */
    public static class Metrics {
        /** Whether each statement is timed (timer quarry.statements) when a MeterRegistry is available. */
        private boolean enabled = true;

        /** Whether statements are timed. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Sets whether statements are timed. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
