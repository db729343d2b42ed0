package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.TransferLoadSuite;

class SqliteTransferLoadTest extends TransferLoadSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
