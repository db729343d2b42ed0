package dev.quarry.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the databases the server suites can run on now, comma-separated: SQLite always, PostgreSQL and
 * MariaDB when they answer and Quarry has their dialect. {@code run.sh} passes it to JMH as {@code -p db=...}.
 */
public final class Databases {
    private Databases() {
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        for (Fixture.Kind kind : Fixture.Kind.values()) {
            if (kind.quarrySupported() && kind.reachable()) {
                names.add(kind.name().toLowerCase(Locale.ROOT));
            }
        }
        System.out.println(String.join(",", names));
    }
}
