package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadSuite;
import dev.quarry.it.suite.TestServers;

class SqliteEagerLoadTest extends EagerLoadSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
