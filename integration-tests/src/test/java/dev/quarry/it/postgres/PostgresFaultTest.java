package dev.quarry.it.postgres;

import dev.quarry.it.suite.FaultSuite;

class PostgresFaultTest extends FaultSuite {
    @Override
    protected String server() {
        return "postgres";
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
