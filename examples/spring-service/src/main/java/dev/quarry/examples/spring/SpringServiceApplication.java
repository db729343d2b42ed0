package dev.quarry.examples.spring;

import dev.quarry.Database;
import dev.quarry.IfNotExists;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service on Quarry: the {@link Database} bean comes from dsl-spring's auto-configuration on
 * Boot's DataSource (SQLite by default, see {@code application.properties}). Run it from the repository root:
 * <pre>mvn -B -q -pl examples/spring-service -am compile exec:java</pre>
 */
@SpringBootApplication
public class SpringServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpringServiceApplication.class, args);
    }

    /** Creates the tables that are missing when the service starts. */
    @Bean
    ApplicationRunner createSchema(Database db) {
        return args -> Bank.METADATA.createAll(db, IfNotExists.YES);
    }
}
