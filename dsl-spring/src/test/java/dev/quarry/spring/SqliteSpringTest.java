package dev.quarry.spring;

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
