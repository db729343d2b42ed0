package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.SetOperationSuite;
import dev.quarry.it.suite.TestServers;

class SqliteSetOperationTest extends SetOperationSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
