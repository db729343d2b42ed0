package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.BadInputSuite;
import dev.quarry.it.suite.TestServers;

class SqliteBadInputTest extends BadInputSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
