package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.DdlSuite;
import dev.quarry.it.suite.TestServers;

class MySqlDdlTest extends DdlSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
