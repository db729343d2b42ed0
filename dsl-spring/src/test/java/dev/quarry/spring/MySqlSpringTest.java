package dev.quarry.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MySqlSpringTest extends SpringIntegrationSuite {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.mysql(registry);
    }

    @Override
    String dialect() {
        return "mysql";
    }

    @Override
    String pool() {
        return "mysql";
    }
}
