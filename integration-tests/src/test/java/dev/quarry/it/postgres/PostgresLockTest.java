package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.LockSuite;
import dev.quarry.it.suite.TestServers;

class PostgresLockTest extends LockSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
