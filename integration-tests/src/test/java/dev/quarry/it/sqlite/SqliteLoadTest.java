package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.LoadSuite;
import dev.quarry.it.suite.TestServers;

class SqliteLoadTest extends LoadSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
