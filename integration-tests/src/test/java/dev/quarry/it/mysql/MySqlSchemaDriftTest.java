package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.SchemaDriftSuite;
import dev.quarry.it.suite.TestServers;

class MySqlSchemaDriftTest extends SchemaDriftSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Override
    protected String widenNameSql() {
        return "ALTER TABLE drift_parent MODIFY COLUMN name VARCHAR(80)";
    }

    @Override
    protected String dropIndexSuffix() {
        return " ON drift_parent";
    }
}
