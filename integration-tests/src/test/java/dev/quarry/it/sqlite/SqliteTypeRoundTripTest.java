package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.TypeRoundTripSuite;
import dev.quarry.it.suite.TestServers;

class SqliteTypeRoundTripTest extends TypeRoundTripSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
