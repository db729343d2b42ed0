package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.RoutingSuite;
import dev.quarry.it.suite.TestServers;

class MySqlRoutingTest extends RoutingSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
