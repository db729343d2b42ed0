package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.SetOperationSuite;
import dev.quarry.it.suite.TestServers;

class PostgresSetOperationTest extends SetOperationSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
