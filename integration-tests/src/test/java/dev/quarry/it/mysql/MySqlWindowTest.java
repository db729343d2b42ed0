package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.WindowSuite;

class MySqlWindowTest extends WindowSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
