package dev.quarry.it.suite;

import dev.quarry.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the real database servers the compliance suite runs on, in this order: the environment
 * ({@code QUARRY_TEST_MYSQL_URL}, {@code QUARRY_TEST_POSTGRES_URL}, with {@code _USER} and
 * {@code _PASSWORD}), the local default ports (MariaDB/MySQL on 127.0.0.1:3306 as root with an empty
 * password, PostgreSQL on 127.0.0.1:5432 as postgres, database {@code test}), then Testcontainers when a
 * Docker engine is available. If none answers the run fails, saying how to get one: a dialect is never
 * skipped silently.
 */
public final class TestServers {
    private static final Map<String, Database> OPEN = new ConcurrentHashMap<>();
    private static final Map<String, String[]> COORDINATES = new ConcurrentHashMap<>();

    private TestServers() {
    }

    /** A SQLite database in a new file (not {@code :memory:}). */
    public static Database sqlite() {
        return OPEN.computeIfAbsent("sqlite", k -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "sqlite"));
                Path file = Files.createTempFile(dir, "suite-", ".db");
                COORDINATES.put("sqlite", new String[] {"jdbc:sqlite:" + file, null, null});
                return Database.open("jdbc:sqlite:" + file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create a SQLite file under target/", e);
            }
        });
    }

    /** MariaDB (or MySQL 8) database {@code test}. */
    public static Database mysql() {
        return OPEN.computeIfAbsent("mysql", k -> open("MYSQL",
                "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root", "",
                TestServers::mariadbContainer));
    }

    /**
     * A second pool on the MySQL/MariaDB database of {@link #mysql()} whose connections start with the
     * session variables {@code sessionVariables} (Connector/J's syntax: {@code sql_mode='ANSI_QUOTES'}).
     */
    public static Database mysqlWithSession(String sessionVariables) {
        return OPEN.computeIfAbsent("mysql " + sessionVariables, k -> {
            String suffix = "sessionVariables=" + java.net.URLEncoder.encode(sessionVariables,
                    java.nio.charset.StandardCharsets.UTF_8);
            return open("MYSQL", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                    "root", "", () -> {
                        String[] c = mariadbContainer();
                        return new String[] {c[0] + (c[0].contains("?") ? "&" : "?") + suffix, c[1], c[2]};
                    }, suffix);
        });
    }

    /** PostgreSQL database {@code test}. */
    public static Database postgres() {
        return OPEN.computeIfAbsent("postgres", k -> open("POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test",
                "postgres", "", TestServers::postgresContainer));
    }

    /**
     * A new HikariCP pool of your own on the database of {@code which} ({@code "sqlite"}, {@code "mysql"},
     * {@code "postgres"}), configured as {@code Database.open} configures one; close it when done.
     */
    public static com.zaxxer.hikari.HikariDataSource newPool(String which, int size) {
        switch (which) {
            case "sqlite" -> sqlite();
            case "mysql" -> mysql();
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException("no server " + which);
        }
        String[] c = COORDINATES.get(which);
        var config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(c[0]);
        config.setUsername(c[1]);
        config.setPassword(c[2]);
        config.setPoolName("quarry-test-" + which);
        config.setMaximumPoolSize(size);
        var dialect = dev.quarry.dialect.DialectLookup.forUrl(c[0]);
        if (dialect != null) {
            dialect.driver().connectionProperties().forEach(config::addDataSourceProperty);
        }
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    /** The JDBC URL, user and password of the server {@code which} ({@code "mysql"}, {@code "postgres"}). */
    public static String[] coordinates(String which) {
        switch (which) {
            case "sqlite" -> sqlite();
            case "mysql" -> mysql();
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException("no server " + which);
        }
        return COORDINATES.get(which).clone();
    }

    private interface Fallback {
        String[] start();
    }

    private static Database open(String name, String defaultUrl, String defaultUser, String defaultPassword,
            Fallback container) {
        return open(name, defaultUrl, defaultUser, defaultPassword, container, null);
    }

    private static String withParams(String url, String params) {
        return params == null ? url : url + (url.contains("?") ? "&" : "?") + params;
    }

    private static Database open(String name, String defaultUrl, String defaultUser, String defaultPassword,
            Fallback container, String params) {
        String url = System.getenv("QUARRY_TEST_" + name + "_URL");
        String[] c = null;
        if (url != null && !url.isBlank()) {
            c = new String[] {withParams(url, params), System.getenv("QUARRY_TEST_" + name + "_USER"),
                    System.getenv("QUARRY_TEST_" + name + "_PASSWORD")};
        } else if (answers(defaultUrl, defaultUser, defaultPassword)) {
            c = new String[] {withParams(defaultUrl, params), defaultUser, defaultPassword};
        } else if (dockerAvailable()) {
            c = container.start();
        }
        if (c != null) {
            if (params == null) {
                COORDINATES.put(name.toLowerCase(java.util.Locale.ROOT), c);
            }
            return Database.open(c[0], c[1], c[2]);
        }
        throw new IllegalStateException("No " + name.toLowerCase() + " server for the compliance suite: "
                + defaultUrl + " does not answer, QUARRY_TEST_" + name + "_URL is not set and no Docker engine runs. "
                + "Run scripts/test-databases.sh (Debian/Ubuntu: installs and starts PostgreSQL and MariaDB on "
                + "loopback), or set QUARRY_TEST_" + name + "_URL/_USER/_PASSWORD, or start Docker.");
    }

    private static boolean answers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static String[] mariadbContainer() {
        var c = new org.testcontainers.containers.MariaDBContainer<>("mariadb:10.11").withDatabaseName("test");
        c.start();
        return new String[] {c.getJdbcUrl(), c.getUsername(), c.getPassword()};
    }

    @SuppressWarnings("resource")
    private static String[] postgresContainer() {
        var c = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:15").withDatabaseName("test");
        c.start();
        return new String[] {c.getJdbcUrl(), c.getUsername(), c.getPassword()};
    }
}
