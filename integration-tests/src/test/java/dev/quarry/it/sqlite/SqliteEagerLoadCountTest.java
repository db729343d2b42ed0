package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadCountSuite;
import dev.quarry.it.suite.TestServers;

class SqliteEagerLoadCountTest extends EagerLoadCountSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
