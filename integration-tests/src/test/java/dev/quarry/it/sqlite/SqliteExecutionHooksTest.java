package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ExecutionHooksSuite;
import dev.quarry.it.suite.TestServers;

class SqliteExecutionHooksTest extends ExecutionHooksSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
