package dev.quarry.it.postgres;

import dev.quarry.Database;
import dev.quarry.it.suite.InjectionSuite;
import dev.quarry.it.suite.TestServers;
import java.util.List;

class PostgresInjectionTest extends InjectionSuite {
    @Override
    protected Database db() {
        return TestServers.postgres();
    }

    /** PostgreSQL text cannot hold U+0000. */
    @Override
    protected boolean textHoldsNul() {
        return false;
    }

    /** Backslashes are escapes in plain literals when standard_conforming_strings is off. */
    @Override
    protected List<SessionMode> sessionModes() {
        return List.of(
                new SessionMode("standard_conforming_strings off", null, "SET standard_conforming_strings = off",
                        "SET standard_conforming_strings = on"),
                new SessionMode("standard_conforming_strings on", null, "SET standard_conforming_strings = on",
                        "SET standard_conforming_strings = on"));
    }
}
