package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.TransactionSuite;
import dev.quarry.it.suite.TestServers;

class MySqlTransactionTest extends TransactionSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
