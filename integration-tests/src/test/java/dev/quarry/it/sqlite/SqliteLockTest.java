package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.LockSuite;
import dev.quarry.it.suite.TestServers;

class SqliteLockTest extends LockSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
