package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.IdentifierSuite;
import dev.quarry.it.suite.TestServers;

class SqliteIdentifierTest extends IdentifierSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
