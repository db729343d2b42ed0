package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.InjectionSuite;
import dev.quarry.it.suite.TestServers;
import java.util.List;

class MySqlInjectionTest extends InjectionSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    /**
     * Backslashes are escapes in literals unless NO_BACKSLASH_ESCAPES is on: both ways must hold. The mode is
     * set when the connection opens, as a server's configuration does: Connector/J escapes bound strings itself
     * and reads the mode at connect time.
     */
    @Override
    protected List<SessionMode> sessionModes() {
        return List.of(
                new SessionMode("NO_BACKSLASH_ESCAPES on", TestServers.mysqlWithSession(
                        "sql_mode='STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES'"), null, null),
                new SessionMode("NO_BACKSLASH_ESCAPES off", TestServers.mysqlWithSession(
                        "sql_mode='STRICT_TRANS_TABLES'"), null, null));
    }
}
