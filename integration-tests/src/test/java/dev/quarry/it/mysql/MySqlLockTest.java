package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.LockSuite;
import dev.quarry.it.suite.TestServers;

class MySqlLockTest extends LockSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
