package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.WindowSuite;

class PostgresWindowTest extends WindowSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
