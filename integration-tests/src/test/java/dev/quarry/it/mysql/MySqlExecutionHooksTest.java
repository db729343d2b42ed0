package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ExecutionHooksSuite;
import dev.quarry.it.suite.TestServers;

class MySqlExecutionHooksTest extends ExecutionHooksSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
