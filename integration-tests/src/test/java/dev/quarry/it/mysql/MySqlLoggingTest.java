package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.LoggingSuite;
import dev.quarry.it.suite.TestServers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "org.slf4j.simpleLogger.log.dev.quarry.sql", matches = "debug")
class MySqlLoggingTest extends LoggingSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }
}
