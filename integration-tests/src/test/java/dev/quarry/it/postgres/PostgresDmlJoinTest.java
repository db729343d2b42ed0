package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.DmlJoinSuite;
import dev.quarry.it.suite.TestServers;

class PostgresDmlJoinTest extends DmlJoinSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
