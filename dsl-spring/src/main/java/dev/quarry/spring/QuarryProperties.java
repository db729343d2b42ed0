package dev.quarry.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Quarry auto-configuration, under the prefix {@code quarry}.
 *
 * <pre>{@code
 * quarry.dialect=postgres
 * quarry.translate-exceptions=true
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
