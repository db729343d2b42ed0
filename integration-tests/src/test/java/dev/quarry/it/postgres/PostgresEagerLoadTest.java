package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadSuite;
import dev.quarry.it.suite.TestServers;

class PostgresEagerLoadTest extends EagerLoadSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
