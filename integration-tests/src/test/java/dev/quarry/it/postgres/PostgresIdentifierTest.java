package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.IdentifierSuite;
import dev.quarry.it.suite.TestServers;

class PostgresIdentifierTest extends IdentifierSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
