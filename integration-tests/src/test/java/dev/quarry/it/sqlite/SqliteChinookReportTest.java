package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookReportSuite;
import dev.quarry.it.suite.chinook.Chinook;
import dev.quarry.it.suite.chinook.ChinookData;

class SqliteChinookReportTest extends ChinookReportSuite {
    @Override
    protected Database db() {
        return ChinookData.sqlite();
    }

    @Override
    protected Chinook chinook() {
        return Chinook.PASCAL;
    }
}
