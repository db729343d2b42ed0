package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.TransferLoadSuite;

class PostgresTransferLoadTest extends TransferLoadSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
