package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ExecutionHooksSuite;
import dev.quarry.it.suite.TestServers;

class PostgresExecutionHooksTest extends ExecutionHooksSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }
}
