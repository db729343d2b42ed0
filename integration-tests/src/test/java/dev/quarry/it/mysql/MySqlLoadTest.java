package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.LoadSuite;
import dev.quarry.it.suite.TestServers;

class MySqlLoadTest extends LoadSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
