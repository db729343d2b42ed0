package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.NestedRecordSuite;
import dev.quarry.it.suite.TestServers;

class SqliteNestedRecordTest extends NestedRecordSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
