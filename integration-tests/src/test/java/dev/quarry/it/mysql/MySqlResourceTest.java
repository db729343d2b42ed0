package dev.quarry.it.mysql;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.it.suite.ResourceSuite;
import dev.quarry.it.suite.TestServers;

class MySqlResourceTest extends ResourceSuite {
    @Override
    protected HikariDataSource newPool() {
        return TestServers.newPool("mysql", 4);
    }
}
