package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ExpressionSuite;
import dev.quarry.it.suite.TestServers;

class PostgresExpressionTest extends ExpressionSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
