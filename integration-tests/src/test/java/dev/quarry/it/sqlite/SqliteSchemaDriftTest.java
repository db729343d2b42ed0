package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.SchemaDriftSuite;
import dev.quarry.it.suite.TestServers;

class SqliteSchemaDriftTest extends SchemaDriftSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }

    @Override
    protected String widenNameSql() {
        return null;
    }
}
