package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.WindowSuite;

class SqliteWindowTest extends WindowSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
