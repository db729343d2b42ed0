package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlSuite;
import dev.quarry.it.suite.TestServers;

class PostgresDmlTest extends DmlSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
