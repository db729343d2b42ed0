package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.PathJoinSuite;
import dev.quarry.it.suite.TestServers;

class MySqlPathJoinTest extends PathJoinSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
