package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.RetrySuite;
import dev.quarry.it.suite.TestServers;

class MySqlRetryTest extends RetrySuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
