package dev.quarry.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample databases (see {@link #dataDir()}), loaded idempotently into databases of this test's own names: a
 * SQLite file under target/, {@code quarry_cg_*} on MariaDB and PostgreSQL (see {@link #db}).
 */
final class Samples {
    static final String MYSQL = "jdbc:mysql://127.0.0.1:3306/";
    static final String MYSQL_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private Samples() {
    }

    /** The one line a test failure shows when no sample data can be found or fetched. */
    static final String HOW_TO_GET = "run: bash scripts/fetch-sample-data.sh (or set QUARRY_SAMPLE_DATA to a folder"
            + " holding chinook/, sakila/, northwind/)";

    /**
     * The sample data folder: {@code QUARRY_SAMPLE_DATA}; else {@code shared/data} beside the repository or one
     * of its parents; else the repository's {@code .sample-data}, which {@code scripts/fetch-sample-data.sh}
     * fills from pinned upstream commits (run here when it is missing or incomplete).
     */
    static synchronized Path dataDir() {
        String env = System.getenv("QUARRY_SAMPLE_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("chinook"))) {
                return candidate;
            }
        }
        Path repo = Path.of("").toAbsolutePath();
        while (repo != null && !Files.exists(repo.resolve("scripts/fetch-sample-data.sh"))) {
            repo = repo.getParent();
        }
        if (repo == null) {
            throw new IllegalStateException("sample data not found; " + HOW_TO_GET);
        }
        try {
            run("", "bash", repo.resolve("scripts/fetch-sample-data.sh").toString());
        } catch (IOException | IllegalStateException e) {
            String[] lines = e.getMessage().strip().split("\\R");
            throw new IllegalStateException("sample data not found; " + HOW_TO_GET + ". Fetching failed: "
                    + lines[lines.length - 1], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching sample data", e);
        }
        return repo.resolve(".sample-data");
    }

    /**
     * The name of a database these tests create on MariaDB or PostgreSQL: {@code <prefix>_<suffix>}, the prefix
     * being {@code QUARRY_TEST_DB_PREFIX} or {@code quarry}, so that builds sharing a server can keep apart.
     */
    static String db(String suffix) {
        String prefix = System.getenv("QUARRY_TEST_DB_PREFIX");
        return (prefix == null || prefix.isBlank() ? "quarry" : prefix) + "_" + suffix;
    }

    /** A SQLite file built from {@code <sample>/sqlite.sql}, rebuilt only when missing. */
    static synchronized Path sqlite(String sample) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "samples"));
        Path db = dir.resolve(sample + ".db");
        if (Files.exists(db)) {
            return db;
        }
        Path tmp = dir.resolve(sample + ".loading.db");
        Files.deleteIfExists(tmp);
        String sql = Files.readString(dataDir().resolve(sample).resolve("sqlite.sql"), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        Files.move(tmp, db);
        return db;
    }

    /** Database {@code quarry_cg_<sample>} on MariaDB, loaded with the {@code mariadb} client when not complete. */
    static synchronized String mysql(String sample, String checkTable, int rows) throws Exception {
        String name = db("cg_" + sample);
        String url = MYSQL + name + MYSQL_OPTIONS;
        if (count(url, "root", "", "SELECT COUNT(*) FROM " + checkTable) == rows) {
            return url;
        }
        String sql = Files.readString(dataDir().resolve(sample).resolve("mysql.sql"), StandardCharsets.UTF_8);
        String original = sample.equals("chinook") ? "Chinook" : "sakila";
        sql = sql.replace("DROP DATABASE IF EXISTS `" + original + "`", "DROP DATABASE IF EXISTS `" + name + "`")
                .replace("CREATE DATABASE `" + original + "`", "CREATE DATABASE `" + name + "`")
                .replace("USE `" + original + "`", "USE `" + name + "`")
                .replace("DROP SCHEMA IF EXISTS " + original + ";", "DROP SCHEMA IF EXISTS " + name + ";")
                .replace("CREATE SCHEMA " + original + ";", "CREATE SCHEMA " + name + ";")
                .replace("USE " + original + ";", "USE " + name + ";")
                .replaceAll("\\b" + original + "\\.", name + ".");
        if (!sql.contains(name)) {
            throw new IllegalStateException("could not rename the database in " + sample + "/mysql.sql");
        }
        run(sql, "mariadb", "-h", "127.0.0.1", "-uroot");
        return url;
    }

    /** Database {@code quarry_cg_<sample>} on PostgreSQL, loaded with {@code psql} when not complete. */
    static synchronized String postgres(String sample, String checkTable, int rows) throws Exception {
        String name = db("cg_" + sample);
        String url = POSTGRES + name;
        if (count(url, "postgres", "", "SELECT COUNT(*) FROM " + checkTable) == rows) {
            return url;
        }
        String sql = Files.readString(dataDir().resolve(sample).resolve("postgresql.sql"), StandardCharsets.UTF_8);
        sql = sql.replace("DROP DATABASE IF EXISTS " + sample + ";", "")
                .replace("CREATE DATABASE " + sample + ";", "")
                .replace("\\c " + sample + ";", "");
        recreatePostgres(name);
        run(sql, "psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-v", "ON_ERROR_STOP=1");
        return url;
    }

    /** Drops and creates an empty PostgreSQL database. */
    static void recreatePostgres(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** Drops and creates an empty MariaDB database; returns its URL. */
    static String recreateMysql(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(MYSQL + MYSQL_OPTIONS, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        return MYSQL + name + MYSQL_OPTIONS;
    }

    private static int count(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static void run(String stdin, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("quarry-load", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }
}
