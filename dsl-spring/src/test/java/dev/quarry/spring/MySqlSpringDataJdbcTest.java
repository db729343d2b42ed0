package dev.quarry.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MySqlSpringDataJdbcTest extends SpringDataJdbcSuite {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.mysql(registry, "data-mysql");
    }
}
