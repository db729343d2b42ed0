package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookReportSuite;
import dev.quarry.it.suite.chinook.Chinook;
import dev.quarry.it.suite.chinook.ChinookData;

class MySqlChinookReportTest extends ChinookReportSuite {
    @Override
    protected Database db() {
        return ChinookData.mysql();
    }

    @Override
    protected Chinook chinook() {
        return Chinook.PASCAL;
    }
}
