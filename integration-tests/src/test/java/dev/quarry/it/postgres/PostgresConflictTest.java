package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ConflictSuite;
import dev.quarry.it.suite.TestServers;

class PostgresConflictTest extends ConflictSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
