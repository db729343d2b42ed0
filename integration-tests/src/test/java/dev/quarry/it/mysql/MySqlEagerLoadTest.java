package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadSuite;
import dev.quarry.it.suite.TestServers;

class MySqlEagerLoadTest extends EagerLoadSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
