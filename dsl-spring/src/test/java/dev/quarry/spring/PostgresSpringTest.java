package dev.quarry.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresSpringTest extends SpringIntegrationSuite {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Override
    String dialect() {
        return "postgres";
    }

    @Override
    String pool() {
        return "postgres";
    }
}
