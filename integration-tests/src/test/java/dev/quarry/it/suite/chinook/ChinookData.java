package dev.quarry.it.suite.chinook;

import dev.quarry.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinook sample of the sample-data folder, loaded once into databases of the suite's own: a SQLite
 * file under target/, and {@code <test database>_chinook} beside the suite's database on MariaDB and PostgreSQL
 * (the server and account of {@code QUARRY_TEST_*_URL}, else the local defaults). A database that already holds
 * every invoice line is reused.
 */
public final class ChinookData {
    private static final int INVOICE_LINES = 2240;
    private static final Map<String, Database> OPEN = new ConcurrentHashMap<>();

    private ChinookData() {
    }

    /** Chinook on SQLite (PascalCase names). */
    public static Database sqlite() {
        return OPEN.computeIfAbsent("sqlite", k -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "samples"));
                Path db = dir.resolve("chinook-it.db");
                String url = "jdbc:sqlite:" + db;
                if (count(url, null, null, "InvoiceLine") != INVOICE_LINES) {
                    Files.deleteIfExists(db);
                    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                        s.executeUpdate(script("sqlite.sql"));
                    }
                }
                return Database.open(url);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load Chinook into SQLite", e);
            }
        });
    }

    /** Chinook on MariaDB/MySQL (PascalCase names). */
    public static Database mysql() {
        return OPEN.computeIfAbsent("mysql", k -> {
            String base = env("MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");
            String user = env("MYSQL_USER", "root");
            String password = env("MYSQL_PASSWORD", "");
            String name = database(base) + "_chinook";
            String url = withDatabase(base, name);
            if (count(url, user, password, "InvoiceLine") != INVOICE_LINES) {
                try {
                    String sql = script("mysql.sql").replace("DROP DATABASE IF EXISTS `Chinook`;", "")
                            .replace("CREATE DATABASE `Chinook`;", "").replace("USE `Chinook`;", "");
                    try (Connection c = DriverManager.getConnection(base, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + name);
                        s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                    }
                    String multi = url + (url.contains("?") ? "&" : "?") + "allowMultiQueries=true";
                    try (Connection c = DriverManager.getConnection(multi, user, password);
                         Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot load Chinook into " + name, e);
                }
            }
            return Database.open(url, user, password);
        });
    }

    /** Chinook on PostgreSQL (snake_case names). */
    public static Database postgres() {
        return OPEN.computeIfAbsent("postgres", k -> {
            String base = env("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = env("POSTGRES_USER", "postgres");
            String password = env("POSTGRES_PASSWORD", "");
            String name = database(base) + "_chinook";
            String url = withDatabase(base, name);
            if (count(url, user, password, "invoice_line") != INVOICE_LINES) {
                try {
                    String sql = script("postgresql.sql").replace("DROP DATABASE IF EXISTS chinook;", "")
                            .replace("CREATE DATABASE chinook;", "").replace("\\c chinook;", "");
                    try (Connection c = DriverManager.getConnection(base, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + name);
                        s.execute("CREATE DATABASE " + name);
                    }
                    try (Connection c = DriverManager.getConnection(url, user, password);
                         Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot load Chinook into " + name, e);
                }
            }
            return Database.open(url, user, password);
        });
    }

    private static String env(String key, String fallback) {
        String v = System.getenv("QUARRY_TEST_" + key);
        return v == null || v.isBlank() && key.endsWith("URL") ? fallback : v;
    }

    /** The database name of a JDBC URL: the path after host:port, up to {@code ?}. */
    private static String database(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        int q = rest.indexOf('?');
        return rest.substring(slash + 1, q < 0 ? rest.length() : q);
    }

    private static String withDatabase(String url, String name) {
        String db = database(url);
        int at = url.indexOf("/" + db, url.indexOf("//") + 2);
        return url.substring(0, at + 1) + name + url.substring(at + 1 + db.length());
    }

    private static String script(String file) throws java.io.IOException {
        return Files.readString(dataDir().resolve("chinook").resolve(file), StandardCharsets.UTF_8);
    }

    /** The shared sample folder: {@code QUARRY_SAMPLE_DATA}, else {@code shared/data} beside an enclosing folder. */
    private static Path dataDir() {
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
        throw new IllegalStateException("the Chinook sample was not found: expected shared/data beside the "
                + "repository (or set QUARRY_SAMPLE_DATA)");
    }

    private static int count(String url, String user, String password, String table) {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user,
                password); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                        + table)) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }
}
