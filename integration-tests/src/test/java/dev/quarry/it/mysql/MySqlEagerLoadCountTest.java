package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadCountSuite;
import dev.quarry.it.suite.TestServers;

class MySqlEagerLoadCountTest extends EagerLoadCountSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
