package dev.quarry.it.sqlite;

import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * SQLite has no server to lose; its "server down" is a database file that cannot be opened (its directory is
 * missing): {@code Database.open} fails at once, saying so, and opens once the directory exists.
 */
class SqliteFaultTest {
    @Test
    void aFileThatCannotBeOpenedFailsFastAndOpensOnceItCan() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "sqlite")), "fault-")
                .resolve("later");
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> Database.open(url));
        assertTrue(e.getMessage().startsWith("cannot connect to " + url), e.getMessage());
        Files.createDirectories(dir);
        try (Database db = Database.open(url)) {
            assertEquals(1, select(raw(SqlType.INTEGER, "1")).fetchSingle(db).v1());
        }
    }
}
