package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.BindLimitSuite;
import dev.quarry.it.suite.TestServers;

class MySqlBindLimitTest extends BindLimitSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
