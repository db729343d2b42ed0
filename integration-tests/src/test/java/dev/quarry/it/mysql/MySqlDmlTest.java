package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlSuite;
import dev.quarry.it.suite.TestServers;

class MySqlDmlTest extends DmlSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
