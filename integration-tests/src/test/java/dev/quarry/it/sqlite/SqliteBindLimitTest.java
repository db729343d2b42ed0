package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.BindLimitSuite;
import dev.quarry.it.suite.TestServers;

class SqliteBindLimitTest extends BindLimitSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
