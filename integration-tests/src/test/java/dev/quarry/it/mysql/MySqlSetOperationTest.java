package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.SetOperationSuite;
import dev.quarry.it.suite.TestServers;

class MySqlSetOperationTest extends SetOperationSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
