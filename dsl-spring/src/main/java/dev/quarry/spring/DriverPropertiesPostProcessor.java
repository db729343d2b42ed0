package dev.quarry.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Gives a HikariCP pool that Boot made the driver properties that Quarry's own pools set
 * ({@link dev.quarry.dialect.DriverSupport#connectionProperties()}: SQLite's foreign keys and busy timeout;
 * MySQL's UTC session and utf8mb4), before the pool opens its first connection. A property the application
 * set itself is kept.
 * Turned on by {@code quarry.driver-properties=true}.
 */
final class DriverPropertiesPostProcessor implements BeanPostProcessor, Ordered {

    /** After Boot has bound {@code spring.datasource.hikari.*} to the pool. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.isRunning() && pool.getJdbcUrl() != null) {
            Dialect dialect = DialectLookup.forUrl(pool.getJdbcUrl());
            if (dialect != null) {
                dialect.driver().connectionProperties().forEach((name, value) -> {
                    if (!pool.getDataSourceProperties().containsKey(name)) {
                        pool.addDataSourceProperty(name, value);
                    }
                });
            }
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
