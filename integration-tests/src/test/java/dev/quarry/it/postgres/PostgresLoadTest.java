package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.LoadSuite;
import dev.quarry.it.suite.TestServers;

class PostgresLoadTest extends LoadSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
