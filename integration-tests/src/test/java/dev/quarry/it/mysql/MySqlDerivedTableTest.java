package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.DerivedTableSuite;
import dev.quarry.it.suite.TestServers;

class MySqlDerivedTableTest extends DerivedTableSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
