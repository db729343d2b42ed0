package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.TransactionSuite;
import dev.quarry.it.suite.TestServers;

class SqliteTransactionTest extends TransactionSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
