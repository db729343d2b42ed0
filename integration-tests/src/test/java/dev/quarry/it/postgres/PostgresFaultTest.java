package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.FaultSuite;
import dev.quarry.it.suite.TestServers;

class PostgresFaultTest extends FaultSuite {
    @Override
    protected String server() {
        return "postgres";
    }

    @Override
    protected Database db() {
        return TestServers.postgres();
    }

    @Override
    protected int defaultPort() {
        return 5432;
    }

    @Override
    protected String sessionIdExpression() {
        return "pg_backend_pid()";
    }

    @Override
    protected String killStatement(long id) {
        return "SELECT pg_terminate_backend(" + id + ")";
    }
}
