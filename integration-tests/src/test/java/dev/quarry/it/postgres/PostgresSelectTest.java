package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.SelectSuite;
import dev.quarry.it.suite.TestServers;

class PostgresSelectTest extends SelectSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
