package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.SelectSuite;
import dev.quarry.it.suite.TestServers;

class SqliteSelectTest extends SelectSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
