package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.BadInputSuite;
import dev.quarry.it.suite.TestServers;

class PostgresBadInputTest extends BadInputSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
