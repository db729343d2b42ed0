package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlJoinSuite;
import dev.quarry.it.suite.TestServers;

class MySqlDmlJoinTest extends DmlJoinSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
