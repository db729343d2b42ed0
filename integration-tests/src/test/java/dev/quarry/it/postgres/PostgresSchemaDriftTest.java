package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.SchemaDriftSuite;
import dev.quarry.it.suite.TestServers;

class PostgresSchemaDriftTest extends SchemaDriftSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }

    @Override
    protected String widenNameSql() {
        return "ALTER TABLE drift_parent ALTER COLUMN name TYPE VARCHAR(80)";
    }
}
