package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookLoadSuite;
import dev.quarry.it.suite.TestServers;

class PostgresChinookLoadTest extends ChinookLoadSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
