package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.CorrectnessSuite;
import dev.quarry.it.suite.TestServers;
import java.util.List;

class PostgresCorrectnessTest extends CorrectnessSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }

    @Override
    protected List<String> urlsWithPassword(String secret) {
        // port 1: nothing listens there, so every attempt fails after the driver has read the URL
        return List.of("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + secret,
                "jdbc:postgresql://127.0.0.1:1/test?password=" + secret + "&sslpassword=" + secret,
                "jdbc:postgresql://postgres:" + secret + "@127.0.0.1:1/test",
                "jdbc:postgresql://127.0.0.1:1/test;user=postgres;password=" + secret);
    }
}
