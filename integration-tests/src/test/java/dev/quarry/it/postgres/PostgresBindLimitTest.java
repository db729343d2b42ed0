package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.BindLimitSuite;
import dev.quarry.it.suite.TestServers;

class PostgresBindLimitTest extends BindLimitSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
