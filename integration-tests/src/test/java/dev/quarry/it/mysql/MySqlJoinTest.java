package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.JoinSuite;
import dev.quarry.it.suite.TestServers;

class MySqlJoinTest extends JoinSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
