package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.TransactionSuite;
import dev.quarry.it.suite.TestServers;

class PostgresTransactionTest extends TransactionSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
