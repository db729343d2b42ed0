package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ScopeSuite;
import dev.quarry.it.suite.TestServers;

class PostgresScopeTest extends ScopeSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
