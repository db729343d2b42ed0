package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.testing.ApiSurface;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of dsl-core equals the list recorded in {@code src/test/resources/api/dsl-core.api}, so an
 * accidental change to a public signature fails the build. After an intended change, rewrite the list with
 * {@code -Dquarry.api.update=true} (see {@link #check}), review its diff and commit it with the change.
 */
class PublicApiTest {
    /** Compares the API of the classes in {@code target/classes} with {@code src/test/resources/api/<name>.api}. */
    static void check(String module) throws Exception {
        Path recorded = Path.of("src/test/resources/api/" + module + ".api");
        String actual = ApiSurface.dump(Path.of("target/classes"));
        if (Boolean.getBoolean("quarry.api.update")) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, actual);
        }
        String expected = Files.exists(recorded) ? Files.readString(recorded) : "(no recorded API at " + recorded + ")";
        assertEquals(expected, actual, "the public API of " + module + " changed. If that is intended, run: mvn -B -pl "
                + module + " -am test -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dquarry.api.update=true"
                + " and commit " + recorded + " with a CHANGELOG line");
    }

    @Test
    void theApiIsTheRecordedOne() throws Exception {
        check("dsl-core");
    }
}
