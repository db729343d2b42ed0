package dev.quarry.it.sqlite;

import dev.quarry.Database;
import dev.quarry.it.suite.CorrectnessSuite;
import dev.quarry.it.suite.TestServers;
import java.util.List;

class SqliteCorrectnessTest extends CorrectnessSuite {
    @Override
    protected Database db() {
        return TestServers.sqlite();
    }

    @Override
    protected List<String> urlsWithPassword(String secret) {
        return List.of("jdbc:sqlite:target/no-such-dir/x.db?password=" + secret,
                "jdbc:sqlite:file:target/no-such-dir/x.db?mode=rw&password=" + secret + "&cache=shared",
                "jdbc:sqlite:target/no-such-dir/x.db;password=" + secret);
    }
}
