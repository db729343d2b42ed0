package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.DdlSuite;
import dev.quarry.it.suite.TestServers;

class PostgresDdlTest extends DdlSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
