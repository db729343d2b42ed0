package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.DdlSuite;
import dev.quarry.it.suite.TestServers;

class SqliteDdlTest extends DdlSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
