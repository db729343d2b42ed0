package dev.quarry.it.sqlite;

import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;

import dev.quarry.Database;
import dev.quarry.Select1;
import dev.quarry.SqlType;
import dev.quarry.it.suite.TestServers;
import dev.quarry.it.suite.TimeoutSuite;

class SqliteTimeoutTest extends TimeoutSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }

    @Override
    protected Select1<Integer> slowQuery() {
        return select(raw(SqlType.INTEGER, "(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                + "WHERE x < 10000000000) SELECT count(*) FROM c)"));
    }
}
