package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.TypeRoundTripSuite;
import dev.quarry.it.suite.TestServers;

class MySqlTypeRoundTripTest extends TypeRoundTripSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
