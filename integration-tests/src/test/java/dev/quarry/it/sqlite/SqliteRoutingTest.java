package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.RoutingSuite;
import dev.quarry.it.suite.TestServers;

class SqliteRoutingTest extends RoutingSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
