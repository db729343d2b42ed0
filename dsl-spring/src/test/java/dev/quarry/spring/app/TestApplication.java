package dev.quarry.spring.app;

import dev.quarry.Database;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application the Spring tests start: Boot's DataSource, JdbcTemplate, transactions, and Quarry. Spring
 * Data JDBC, which is on the test class path for {@code SpringDataJdbcSuite}, is left out: it has no SQLite
 * dialect and would stop this application from starting on SQLite.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration"})
public class TestApplication {
    @Bean
    public AccountService accountService(Database db, JdbcTemplate jdbc) {
        return new AccountService(db, jdbc);
    }

    @Bean
    public MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
