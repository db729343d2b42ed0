package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.BadInputSuite;
import dev.quarry.it.suite.TestServers;

class MySqlBadInputTest extends BadInputSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
