package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookLoadSuite;
import dev.quarry.it.suite.TestServers;

class SqliteChinookLoadTest extends ChinookLoadSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
