package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.ChinookReportSuite;
import dev.quarry.it.suite.chinook.Chinook;
import dev.quarry.it.suite.chinook.ChinookData;

class PostgresChinookReportTest extends ChinookReportSuite {
    @Override
    protected Database db() {
        return ChinookData.postgres();
    }

    @Override
    protected Chinook chinook() {
        return Chinook.SNAKE;
    }
}
