package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlJoinSuite;
import dev.quarry.it.suite.TestServers;

class SqliteDmlJoinTest extends DmlJoinSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
