package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.PathJoinSuite;
import dev.quarry.it.suite.TestServers;

class SqlitePathJoinTest extends PathJoinSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
