package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.NestedRecordSuite;
import dev.quarry.it.suite.TestServers;

class MySqlNestedRecordTest extends NestedRecordSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
