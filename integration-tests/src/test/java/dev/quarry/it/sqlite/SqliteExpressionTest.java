package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ExpressionSuite;
import dev.quarry.it.suite.TestServers;

class SqliteExpressionTest extends ExpressionSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
