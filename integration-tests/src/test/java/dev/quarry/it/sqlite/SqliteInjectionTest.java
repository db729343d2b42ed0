package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.InjectionSuite;
import dev.quarry.it.suite.TestServers;

class SqliteInjectionTest extends InjectionSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }
}
