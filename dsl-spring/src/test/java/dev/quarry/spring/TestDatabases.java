package dev.quarry.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points Boot's DataSource at the real servers the tests run on: the environment
 * ({@code QUARRY_TEST_POSTGRES_URL}, {@code QUARRY_TEST_MYSQL_URL}, with {@code _USER} and {@code _PASSWORD}),
 * else the local default servers' database {@code test}; SQLite in a new file under {@code target/}. Each
 * pool is named and registered in JMX, so that tests can read it through its MXBean.
 */
final class TestDatabases {
    private TestDatabases() {
    }

    static void sqlite(DynamicPropertyRegistry r) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "sqlite"));
            Path file = Files.createTempFile(dir, "spring-", ".db");
            r.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
            // foreign keys and a busy timeout, as Quarry's own pools have them
            r.add("quarry.driver-properties", () -> "true");
            pool(r, "sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void postgres(DynamicPropertyRegistry r) {
        postgres(r, "postgres");
    }

    /** PostgreSQL in a pool called {@code quarry-spring-<pool>} (each application context its own name). */
    static void postgres(DynamicPropertyRegistry r, String pool) {
        server(r, "POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test", "postgres");
        pool(r, pool);
    }

    static void mysql(DynamicPropertyRegistry r) {
        mysql(r, "mysql");
    }

    /** MySQL/MariaDB in a pool called {@code quarry-spring-<pool>}. */
    static void mysql(DynamicPropertyRegistry r, String pool) {
        server(r, "MYSQL", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root");
        pool(r, pool);
    }

    private static void server(DynamicPropertyRegistry r, String name, String url, String user) {
        String envUrl = System.getenv("QUARRY_TEST_" + name + "_URL");
        boolean fromEnv = envUrl != null && !envUrl.isBlank();
        String envUser = System.getenv("QUARRY_TEST_" + name + "_USER");
        String envPassword = System.getenv("QUARRY_TEST_" + name + "_PASSWORD");
        r.add("spring.datasource.url", () -> fromEnv ? envUrl : url);
        r.add("spring.datasource.username", () -> fromEnv && envUser != null ? envUser : user);
        r.add("spring.datasource.password", () -> fromEnv && envPassword != null ? envPassword : "");
    }

    private static void pool(DynamicPropertyRegistry r, String name) {
        r.add("spring.datasource.hikari.pool-name", () -> "quarry-spring-" + name);
        r.add("spring.datasource.hikari.register-mbeans", () -> "true");
        r.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }
}
