package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.IdentifierSuite;
import dev.quarry.it.suite.TestServers;

class MySqlIdentifierTest extends IdentifierSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
