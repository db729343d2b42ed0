package dev.quarry.it.suite;

import dev.quarry.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The clusters of the {@code cluster} test profile, started on loopback by the repository's scripts: a
 * 3-node MariaDB Galera cluster ({@code scripts/galera.sh}, SQL ports 4306-4308) and a PostgreSQL primary
 * with a streaming replica ({@code scripts/pg-replica.sh}, ports 5433 and 5434), database {@code quarry} on
 * both. A cluster that does not answer is started with its script (which is idempotent) in the {@code cluster}
 * profile; outside it the test is skipped.
 */
public final class ClusterServers {
    private static final Map<String, Database> OPEN = new ConcurrentHashMap<>();

    private ClusterServers() {
    }

    /** The JDBC URL of Galera node {@code n} (1-3); reads wait until the node has applied all earlier commits. */
    public static String galeraUrl(int n) {
        return "jdbc:mysql://127.0.0.1:" + (4305 + n) + "/quarry?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&sessionVariables=wsrep_sync_wait=1";
    }

    /** A pool on Galera node {@code n} (1-3), user root with an empty password. */
    public static Database galera(int n) {
        return OPEN.computeIfAbsent("galera" + n, k -> {
            ensure(galeraUrl(1), "root", "galera.sh");
            return Database.open(galeraUrl(n), "root", "");
        });
    }

    /** The JDBC URL of the PostgreSQL primary (5433) or its replica (5434). */
    public static String postgresUrl(boolean replica) {
        return "jdbc:postgresql://127.0.0.1:" + (replica ? 5434 : 5433) + "/quarry";
    }

    /** A pool on the PostgreSQL primary. */
    public static Database postgresPrimary() {
        return OPEN.computeIfAbsent("primary", k -> {
            ensurePostgres();
            return Database.open(postgresUrl(false), "postgres", "");
        });
    }

    /** A pool on the PostgreSQL streaming replica (read-only). */
    public static Database postgresReplica() {
        return OPEN.computeIfAbsent("replica", k -> {
            ensurePostgres();
            return Database.open(postgresUrl(true), "postgres", "");
        });
    }

    private static void ensurePostgres() {
        if (!answers(postgresUrl(false), "postgres") || !answers(postgresUrl(true), "postgres")) {
            startOnlyInClusterProfile("pg-replica.sh");
            script("pg-replica.sh", "start");
        }
    }

    private static void ensure(String url, String user, String script) {
        if (!answers(url, user)) {
            startOnlyInClusterProfile(script);
            script(script, "start");
        }
    }

    /**
     * Skips the test unless it runs in the {@code cluster} profile (system property {@code quarry.cluster}), so
     * that a cluster test picked by a {@code -Dtest} pattern in an ordinary run never starts servers it would
     * leave running; the profile's run is followed by the scripts' {@code stop}.
     */
    private static void startOnlyInClusterProfile(String script) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("quarry.cluster"),
                "the cluster is not running: start it with scripts/" + script + " start, or run mvn -Pcluster");
    }

    private static boolean answers(String url, String user) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs {@code scripts/<name> args...} from the repository root and fails the test if it fails. */
    public static void script(String name, String... args) {
        Path file = root().resolve("scripts").resolve(name);
        List<String> command = new ArrayList<>(List.of("bash", file.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 5 minutes");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + p.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/galera.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find scripts/galera.sh above " + Path.of("").toAbsolutePath());
    }
}
