package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ExpressionSuite;
import dev.quarry.it.suite.TestServers;

class MySqlExpressionTest extends ExpressionSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
