package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.DerivedTableSuite;
import dev.quarry.it.suite.TestServers;

class SqliteDerivedTableTest extends DerivedTableSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
