package dev.quarry.dialect;

import dev.quarry.QuarryException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the dialect of a JDBC URL or connection among those on the class path
 * ({@code META-INF/services/dev.quarry.dialect.Dialect}).
 *
 * @since 0.1.0
 */
public final class DialectLookup {
    private static volatile List<Dialect> installed;

    private DialectLookup() {
    }

    /** Every dialect on the class path. */
    public static List<Dialect> installed() {
        List<Dialect> list = installed;
        if (list == null) {
            list = new ArrayList<>();
            for (Dialect d : ServiceLoader.load(Dialect.class, DialectLookup.class.getClassLoader())) {
                list.add(d);
            }
            installed = list = List.copyOf(list);
        }
        return list;
    }

    /** The dialect whose driver accepts {@code jdbcUrl} ({@link DriverSupport#acceptsUrl}), or null. */
    public static Dialect forUrl(String jdbcUrl) {
        for (Dialect d : installed()) {
            if (d.driver().acceptsUrl(jdbcUrl)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The installed dialect that configuration calls {@code name} ({@code "sqlite"}, {@code "mysql"},
     * {@code "postgres"}; case does not matter), not yet adjusted to a server version:
     * {@code DialectLookup.forName("postgres")}.
     *
     * @throws IllegalArgumentException if no installed dialect has that name (the message lists those that do)
     */
    public static Dialect forName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must name a dialect, one of " + shortNames());
        }
        String trimmed = name.trim();
        for (Dialect d : installed()) {
            if (d.acceptsName(trimmed)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no Quarry dialect is called '" + trimmed + "'; installed: " + shortNames()
                + (installed().isEmpty() ? " (add dev.quarry:dsl-dialects to the class path)" : ""));
    }

    /**
     * The dialect called {@code name}, adjusted to the server of {@code connection} (its version decides the
     * capabilities, and {@code "mysql"} on a MariaDB server gives the MariaDB value), whatever product name
     * the connection reports: the way to override detection, e.g. behind a driver that wraps another.
     *
     * @throws IllegalArgumentException if no installed dialect has that name
     */
    public static Dialect forName(String name, Connection connection) throws SQLException {
        Dialect d = forName(name);
        return d.forServer(java.util.Objects.requireNonNull(connection, "connection").getMetaData());
    }

    private static List<String> shortNames() {
        return installed().stream().map(Dialect::shortName).toList();
    }

    /** The dialect of a live connection, adjusted to its server version. */
    public static Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductName();
        for (Dialect d : installed()) {
            if (d.acceptsProduct(product)) {
                return d.forServer(md);
            }
        }
        throw new QuarryException("no Quarry dialect for database '" + product + "' (URL " + md.getURL()
                + "); add dev.quarry:dsl-dialects to the class path or pass a Dialect to Database.of(..). Installed: "
                + installed().stream().map(Dialect::name).toList());
    }
}
