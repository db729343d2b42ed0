package dev.quarry.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteSpringTest extends SpringIntegrationSuite {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.sqlite(registry);
    }

    @Override
    String dialect() {
        return "sqlite";
    }

    @Test
    void bootsPoolGetsQuarrysDriverPropertiesWhenAsked() {
        assertEquals(1, jdbc.queryForObject("PRAGMA foreign_keys", Integer.class));
        assertEquals(10_000, jdbc.queryForObject("PRAGMA busy_timeout", Integer.class));
    }

    @Override
    boolean driverEnforcesReadOnly() {
        return false;
    }

    @Override
    boolean detectsDeadlocks() {
        return false;
    }

    @Override
    String pool() {
        return "sqlite";
    }
}
