package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.DerivedTableSuite;
import dev.quarry.it.suite.TestServers;

class PostgresDerivedTableTest extends DerivedTableSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
