package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.JoinSuite;
import dev.quarry.it.suite.TestServers;

class PostgresJoinTest extends JoinSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
