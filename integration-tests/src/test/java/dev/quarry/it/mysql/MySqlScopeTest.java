package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ScopeSuite;
import dev.quarry.it.suite.TestServers;

class MySqlScopeTest extends ScopeSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
