package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.FaultSuite;
import dev.quarry.it.suite.TestServers;

class MySqlFaultTest extends FaultSuite {
    @Override
    protected String server() {
        return "mysql";
    }

    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Override
    protected int defaultPort() {
        return 3306;
    }

    @Override
    protected String sessionIdExpression() {
        return "CONNECTION_ID()";
    }

    @Override
    protected String killStatement(long id) {
        return "KILL " + id;
    }
}
