package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.TypeRoundTripSuite;
import dev.quarry.it.suite.TestServers;

class PostgresTypeRoundTripTest extends TypeRoundTripSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
