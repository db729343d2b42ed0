package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ConflictSuite;
import dev.quarry.it.suite.TestServers;

class SqliteConflictTest extends ConflictSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
