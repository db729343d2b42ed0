package dev.quarry.spring;

import dev.quarry.Database;
import dev.quarry.spi.ExecutionListener;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Boot auto-configuration of a Quarry {@link Database} on the application's {@link DataSource}.
 *
 * <ul>
 * <li>The dialect is detected from the database, or named by {@code quarry.dialect}.</li>
 * <li>Statements run on the connection of the current Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}); {@code db.transaction(..)} is a Spring transaction with propagation
 * {@code NESTED}: a savepoint inside a running one ({@link SpringTransactionProvider}).</li>
 * <li>Failures are Spring {@code DataAccessException}s, translated by the application's
 * {@link SQLExceptionTranslator} bean or else {@link SQLErrorCodeSQLExceptionTranslator}
 * ({@code quarry.translate-exceptions=false} keeps Quarry's own).</li>
 * <li>With Micrometer and a {@link MeterRegistry}, statements are timed as {@code quarry.statements}
 * ({@link StatementMetrics}; {@code quarry.metrics.enabled=false} turns it off).</li>
 * <li>Every {@link ExecutionListener} bean hears every statement.</li>
 * <li>{@code quarry.driver-properties=true} gives Boot's HikariCP pool the driver properties of Quarry's
 * own pools (SQLite's foreign keys and busy timeout, for one).</li>
 * </ul>
 * It backs off when the application defines its own {@link Database} bean. Class names of Boot's own
 * auto-configurations are given as text, because they moved packages between Boot 3 and Boot 4.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({Database.class, DataSourceUtils.class, PlatformTransactionManager.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(QuarryProperties.class)
public class QuarryAutoConfiguration {

    /** For Spring. */
    public QuarryAutoConfiguration() {
    }

    /**
     * The {@link Database} on the application's {@link DataSource}, taking part in its transactions.
     *
     * @throws IllegalArgumentException if {@code quarry.dialect} names no dialect
     */
    @Bean
    @ConditionalOnMissingBean(Database.class)
    public Database quarryDatabase(DataSource dataSource, QuarryProperties properties,
            ObjectProvider<PlatformTransactionManager> transactionManager,
            ObjectProvider<SQLExceptionTranslator> translator, ObjectProvider<ExecutionListener> listeners) {
        SQLExceptionTranslator translate = null;
        if (properties.isTranslateExceptions()) {
            translate = translator.getIfUnique(() -> new SQLErrorCodeSQLExceptionTranslator(dataSource));
        }
        Database db = QuarrySpring.database(dataSource, QuarrySpring.dialect(dataSource, properties.getDialect()),
                transactionManager.getIfUnique(), translate);
        for (ExecutionListener listener : (Iterable<ExecutionListener>) listeners.orderedStream()::iterator) {
            db = db.withListener(listener);
        }
        return db;
    }

    /**
     * Gives Boot's HikariCP pool the driver properties of Quarry's own pools, when
     * {@code quarry.driver-properties=true}.
     */
    @Bean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    @ConditionalOnProperty(prefix = "quarry", name = "driver-properties", havingValue = "true")
    static BeanPostProcessor quarryDriverProperties() {
        return new DriverPropertiesPostProcessor();
    }

    /** Micrometer timing of statements, when Micrometer is on the class path and a registry is defined. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnProperty(prefix = "quarry.metrics", name = "enabled", matchIfMissing = true)
    static class MetricsConfiguration {
        /** Times each statement in the application's {@link MeterRegistry}. */
        @Bean
        @ConditionalOnMissingBean(StatementMetrics.class)
        StatementMetrics quarryStatementMetrics(MeterRegistry registry) {
            return new StatementMetrics(registry);
        }
    }
}
