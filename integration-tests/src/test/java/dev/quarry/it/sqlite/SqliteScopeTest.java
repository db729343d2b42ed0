package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ScopeSuite;
import dev.quarry.it.suite.TestServers;

class SqliteScopeTest extends ScopeSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
