package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.RetrySuite;
import dev.quarry.it.suite.TestServers;

class SqliteRetryTest extends RetrySuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
