package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.TransferLoadSuite;

class MySqlTransferLoadTest extends TransferLoadSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
