package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.JoinSuite;
import dev.quarry.it.suite.TestServers;

class SqliteJoinTest extends JoinSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
