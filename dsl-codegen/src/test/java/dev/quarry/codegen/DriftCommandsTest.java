package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code migrate}: the models of a class on the class path against an SQLite file. */
class DriftCommandsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkListsDriftThenMigrateWritesTheScript(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        String models = DriftModels.class.getName();

        Run check = run("check", "--url", url, "--models", models);
        assertEquals(1, check.code(), check.err());
        assertEquals("table notes: the model declares it, the database has no such table", check.out().strip());

        Path script = dir.resolve("V2__add_notes.sql");
        Run migrate = run("migrate", "--url", url, "--models", models, "--out", script.toString());
        assertEquals(0, migrate.code(), migrate.err());
        String sql = Files.readString(script);
        assertTrue(sql.startsWith("CREATE TABLE notes ("), sql);

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : sql.split(";\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        Run again = run("check", "--url", url, "--models", models);
        assertEquals(0, again.code(), again.out() + again.err());
    }

    @Test
    void badModelsClassIsOneLineWithExitCode2() {
        Run r = run("check", "--url", "jdbc:sqlite::memory:", "--models", "com.example.Nope");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().strip().startsWith("dsl-codegen: --models: class com.example.Nope is not on the class path"),
                r.err());
        Run missing = run("migrate", "--url", "jdbc:sqlite::memory:", "--models", DriftModels.class.getName());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("--out"), missing.err());
    }
}
