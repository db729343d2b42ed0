package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ConflictSuite;
import dev.quarry.it.suite.TestServers;

class MySqlConflictTest extends ConflictSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
