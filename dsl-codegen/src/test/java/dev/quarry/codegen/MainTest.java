package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line: exit codes, and errors as one line without a stack trace. */
class MainTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Run r, int code, String fragment) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("dsl-codegen: "), err);
        assertTrue(err.contains(fragment), err);
        assertTrue(!err.contains("\tat ") && !err.contains("Exception:"), err);
    }

    @Test
    void helpListsEveryOption() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String o : new String[] {"--url", "--user", "--password", "--package", "--output", "--schema", "--include",
            "--exclude", "--metadata-class"}) {
            assertTrue(r.out().contains(o), o + " in " + r.out());
        }
    }

    @Test
    void badOptions() {
        assertOneLineError(run("--package", "a.b", "--output", "x"), 2, "--url");
        assertOneLineError(run("--url", "jdbc:sqlite:x.db", "--package", "a.b", "--output", "x", "--bogus"), 2,
                "--bogus");
        assertOneLineError(run("--url", "x", "--package", "a.b", "--output", "x"), 2, "JDBC URL");
        assertOneLineError(run("--url", "jdbc:sqlite:x.db", "--package", "a..b", "--output", "x"), 2, "package");
        assertOneLineError(run("--url", "jdbc:sqlite:x.db", "--package", "a.b", "--output", "x", "--include", "(["),
                2, "--include");
        assertOneLineError(run("--url", "jdbc:sqlite:x.db", "--package", "a.b", "--output", "x",
                "--metadata-class", "class"), 2, "--metadata-class");
    }

    @Test
    void unreachableDatabaseAndWrongCredentials() {
        assertOneLineError(run("--url", "jdbc:postgresql://127.0.0.1:1/none", "--package", "a.b", "--output",
                "target/cli-none"), 1, "cannot connect to jdbc:postgresql://127.0.0.1:1/none");
        assertOneLineError(run("--url", "jdbc:mysql://127.0.0.1:3306/mysql" + Samples.MYSQL_OPTIONS, "--user", "root",
                "--password", "wrong", "--package", "a.b", "--output", "target/cli-none"), 1, "Access denied");
        assertOneLineError(run("--url", "jdbc:postgresql://127.0.0.1:5432/postgres", "--user", "no_such_role",
                "--package", "a.b", "--output", "target/cli-none"), 1, "no_such_role");
        assertOneLineError(run("--url", "jdbc:nosuchdb://x", "--package", "a.b", "--output", "target/cli-none"), 1,
                "cannot connect");
    }

    @Test
    void generatesAndReportsWarnings() throws Exception {
        Path db = Samples.sqlite("sakila");
        Path out = Path.of("target", "cli-out");
        SampleCheck.deleteTree(out);
        Run r = run("--url", "jdbc:sqlite:" + db, "--package", "com.acme.db", "--output", out.toString(),
                "--include", "film.*|language", "--exclude", "film_text", "--metadata-class", "Sakila");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 tables and views, 6 files"), r.out());
        assertTrue(Files.exists(out.resolve("com/acme/db/Sakila.java")));
        assertTrue(Files.exists(out.resolve("com/acme/db/FilmList.java")));
        assertTrue(r.err().contains("warning: table film_list"), r.err());
        assertOneLineError(run("--url", "jdbc:sqlite:" + db, "--package", "a.b", "--output", out.toString(),
                "--include", "nothing_matches"), 1, "no tables or views found");
    }
}
