package dev.quarry.it.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.it.suite.ResourceSuite;
import dev.quarry.it.suite.TestServers;

class SqliteResourceTest extends ResourceSuite {
    @Override
    protected HikariDataSource newPool() {
        return TestServers.newPool("sqlite", 4);
    }
}
