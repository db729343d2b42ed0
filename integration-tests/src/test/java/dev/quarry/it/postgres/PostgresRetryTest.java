package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.RetrySuite;
import dev.quarry.it.suite.TestServers;

class PostgresRetryTest extends RetrySuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
