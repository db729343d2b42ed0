package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlSuite;
import dev.quarry.it.suite.TestServers;

class SqliteDmlTest extends DmlSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
