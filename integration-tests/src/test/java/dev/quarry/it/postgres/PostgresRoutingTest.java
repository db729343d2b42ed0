package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.RoutingSuite;
import dev.quarry.it.suite.TestServers;

class PostgresRoutingTest extends RoutingSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
