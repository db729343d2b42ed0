package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.testing.ApiSurface;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of dsl-codegen equals the list recorded in {@code src/test/resources/api/dsl-codegen.api}, so an
 * accidental change to a public signature fails the build. After an intended change, run this test with
 * {@code -Dquarry.api.update=true}, review the diff of the list and commit it with the change.
 */
class PublicApiTest {
    @Test
    void theApiIsTheRecordedOne() throws Exception {
        Path recorded = Path.of("src/test/resources/api/dsl-codegen.api");
        String actual = ApiSurface.dump(Path.of("target/classes"));
        if (Boolean.getBoolean("quarry.api.update")) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, actual);
        }
        String expected = Files.exists(recorded) ? Files.readString(recorded) : "(no recorded API at " + recorded + ")";
        assertEquals(expected, actual, "the public API of dsl-codegen changed. If that is intended, run: mvn -B -pl dsl-codegen -am"
                + " test -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dquarry.api.update=true"
                + " and commit " + recorded + " with a CHANGELOG line");
    }
}
