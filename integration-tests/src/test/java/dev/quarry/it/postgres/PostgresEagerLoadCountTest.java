package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.EagerLoadCountSuite;
import dev.quarry.it.suite.TestServers;

class PostgresEagerLoadCountTest extends EagerLoadCountSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
