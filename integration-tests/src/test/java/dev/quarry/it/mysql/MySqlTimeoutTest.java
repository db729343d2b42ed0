package dev.quarry.it.mysql;

import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;

import dev.quarry.Database;
import dev.quarry.Select1;
import dev.quarry.SqlType;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.TimeoutSuite;

class MySqlTimeoutTest extends TimeoutSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Override
    protected Select1<Integer> slowQuery() {
        return select(raw(SqlType.INTEGER, "SLEEP(60)"));
    }
}
