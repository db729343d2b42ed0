package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.SelectSuite;
import dev.quarry.it.suite.TestServers;

class MySqlSelectTest extends SelectSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
