package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookLoadSuite;
import dev.quarry.it.suite.TestServers;

class MySqlChinookLoadTest extends ChinookLoadSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
