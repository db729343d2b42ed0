package dev.quarry.spring.data;

import dev.quarry.Database;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An application with Spring Data JDBC repositories (found in this package by Boot's auto-configuration),
 * JdbcTemplate and Quarry on one DataSource and one transaction manager.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class DataJdbcApplication {
    @Bean
    public LedgerService ledgerService(Database db, JdbcTemplate jdbc, LedgerRepository repository) {
        return new LedgerService(db, jdbc, repository);
    }
}
