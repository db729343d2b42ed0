package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.NestedRecordSuite;
import dev.quarry.it.suite.TestServers;

class PostgresNestedRecordTest extends NestedRecordSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
