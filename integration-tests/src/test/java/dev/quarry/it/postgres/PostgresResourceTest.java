package dev.quarry.it.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.it.suite.ResourceSuite;
import dev.quarry.it.suite.TestServers;

class PostgresResourceTest extends ResourceSuite {
    @Override
    protected HikariDataSource newPool() {
        return TestServers.newPool("postgres", 4);
    }
}
