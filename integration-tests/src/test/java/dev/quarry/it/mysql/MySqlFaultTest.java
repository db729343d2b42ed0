package dev.quarry.it.mysql;

import dev.quarry.it.suite.FaultSuite;

class MySqlFaultTest extends FaultSuite {
    @Override
    protected String server() {
        return "mysql";
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
