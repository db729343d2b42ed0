package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.PathJoinSuite;
import dev.quarry.it.suite.TestServers;

class PostgresPathJoinTest extends PathJoinSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
