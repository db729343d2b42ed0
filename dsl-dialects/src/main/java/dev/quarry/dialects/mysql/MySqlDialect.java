package dev.quarry.dialects.mysql;

import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DriverSupport;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.render.AnsiRenderer;
import dev.quarry.render.DdlRenderer;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL 8 and MariaDB 10.5+ through MySQL Connector/J ({@code jdbc:mysql:}; {@code jdbc:mariadb:} URLs are
 * recognised too). One class speaks both; {@link #forServer} returns the value for the connected server, whose
 * capabilities depend on the product and version:
 * <ul>
 * <li>MySQL has no RETURNING: an INSERT that returns only its auto-increment key reads it through JDBC
 * generated keys ({@link Capability#GENERATED_KEYS}); any other RETURNING throws
 * {@link dev.quarry.UnsupportedFeatureException}.</li>
 * <li>MariaDB 10.5+ has {@code INSERT/DELETE ... RETURNING} but no {@code UPDATE ... RETURNING}.</li>
 * <li>{@code FOR UPDATE SKIP LOCKED}: MySQL 8, MariaDB 10.6+. No {@code FULL JOIN} anywhere.</li>
 * </ul>
 *
 * <p>Values are converted by Quarry itself, so that neither the JVM's nor the session's time zone shifts
 * them: {@code TIMESTAMP} is {@code DATETIME(6)} as written, {@code TIMESTAMPTZ} and {@code Instant} are
 * {@code DATETIME(6)} holding UTC. A pool opened by Quarry also sets the session time zone to UTC and the
 * connection character set to utf8mb4 (the driver properties of {@link #driver()}).
 *
 * @since 0.1.0
 */
public final class MySqlDialect implements Dialect {
    private static final Map<MySqlDialect, MySqlDialect> CANONICAL = new ConcurrentHashMap<>();
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final MySqlTypes TYPES = new MySqlTypes();

    /** MySQL 8.0.31 or later (a detected earlier 8.0 has no INTERSECT or EXCEPT). */
    public static final MySqlDialect INSTANCE = mysql(8, 0, 31);

    private final boolean mariaDb;
    private final Set<Capability> capabilities;

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE} (or {@code Dialects.MYSQL}). */
    public MySqlDialect() {
        this(false, INSTANCE.capabilities);
    }

    private MySqlDialect(boolean mariaDb, Set<Capability> capabilities) {
        this.mariaDb = mariaDb;
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /** The dialect of MySQL {@code major.minor} (8.0 and later are supported; 5.7 lacks SKIP LOCKED and windows). */
    public static MySqlDialect mysql(int major, int minor) {
        return mysql(major, minor, 0);
    }

    /**
     * The dialect of MySQL {@code major.minor.patch}: INTERSECT and EXCEPT came in 8.0.31
     * (https://dev.mysql.com/doc/refman/8.0/en/intersect.html).
     */
    public static MySqlDialect mysql(int major, int minor, int patch) {
        EnumSet<Capability> caps = EnumSet.of(Capability.GENERATED_KEYS, Capability.RIGHT_JOIN, Capability.UPSERT,
                Capability.FOR_UPDATE, Capability.ALTER_ADD_FOREIGN_KEY, Capability.QUANTIFIED_COMPARISON, Capability.UPDATE_FROM);
        if (major >= 8) {
            caps.add(Capability.FOR_UPDATE_SKIP_LOCKED);
            caps.add(Capability.WINDOW_FUNCTIONS);
        }
        if (major > 8 || major == 8 && (minor > 0 || patch >= 31)) {
            caps.add(Capability.INTERSECT_EXCEPT);
            caps.add(Capability.INTERSECT_EXCEPT_ALL);
        }
        return canonical(new MySqlDialect(false, caps));
    }

    /** The dialect of MariaDB {@code major.minor} (10.5 and later are supported). */
    public static MySqlDialect mariaDb(int major, int minor) {
        EnumSet<Capability> caps = EnumSet.of(Capability.RIGHT_JOIN, Capability.UPSERT, Capability.FOR_UPDATE,
                Capability.ALTER_ADD_FOREIGN_KEY, Capability.WINDOW_FUNCTIONS, Capability.QUANTIFIED_COMPARISON,
                Capability.UPDATE_FROM);
        // https://mariadb.com/kb/en/insertreturning/ (10.5), https://mariadb.com/kb/en/select/#skip-locked (10.6)
        boolean since105 = major > 10 || major == 10 && minor >= 5;
        caps.add(since105 ? Capability.RETURNING : Capability.GENERATED_KEYS);
        if (major > 10 || major == 10 && minor >= 6) {
            caps.add(Capability.FOR_UPDATE_SKIP_LOCKED);
        }
        // https://mariadb.com/kb/en/intersect/ and /except/: 10.3; their ALL forms 10.5
        if (major > 10 || major == 10 && minor >= 3) {
            caps.add(Capability.INTERSECT_EXCEPT);
        }
        if (since105) {
            caps.add(Capability.INTERSECT_EXCEPT_ALL);
        }
        return canonical(new MySqlDialect(true, caps));
    }

    /** One shared value per behaviour, so that a query's plan cache (keyed by dialect identity) keeps hitting. */
    private static MySqlDialect canonical(MySqlDialect d) {
        MySqlDialect known = CANONICAL.putIfAbsent(d, d);
        return known != null ? known : d;
    }

    /** True for MariaDB, false for MySQL. */
    public boolean isMariaDb() {
        return mariaDb;
    }

    @Override
    public String name() {
        return mariaDb ? "MariaDB" : "MySQL";
    }

    /** {@code "mysql"}, the name configuration uses ({@code quarry.dialect=mysql}). */
    @Override
    public String shortName() {
        return "mysql";
    }

    /** {@code "mysql"} or {@code "mariadb"}, in any case. */
    @Override
    public boolean acceptsName(String name) {
        return "mysql".equalsIgnoreCase(name) || "mariadb".equalsIgnoreCase(name);
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public AnsiRenderer renderer() {
        return new MySqlRenderer(this);
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new MySqlDdlRenderer(this);
    }

    @Override
    public TypeMapper types() {
        return TYPES;
    }

    /** The hooks of Connector/J: row-by-row streaming, SQLStates and transient failures from error numbers. */
    @Override
    public DriverSupport driver() {
        return MySqlDriver.INSTANCE;
    }

    /** Reads this database's catalog into the schema records ({@link MySqlSchemaReader}). */
    @Override
    public dev.quarry.dialect.SchemaReader schemaReader() {
        return new MySqlSchemaReader();
    }

    @Override
    public boolean acceptsProduct(String productName) {
        return "MySQL".equalsIgnoreCase(productName) || "MariaDB".equalsIgnoreCase(productName);
    }

    /**
     * MySQL or MariaDB by the product version. Connector/J names every server "MySQL" and MariaDB reports
     * {@code 5.5.5-10.11.6-MariaDB} (the {@code 5.5.5-} prefix kept old clients working), so the version is
     * read from the text rather than from {@code getDatabaseMajorVersion()}.
     */
    @Override
    public Dialect forServer(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String version = metaData.getDatabaseProductVersion();
        return forVersion(product, version == null ? "" : version);
    }

    /** The dialect for a product name and version text as {@link DatabaseMetaData} gives them. */
    public static MySqlDialect forVersion(String product, String version) {
        boolean maria = "MariaDB".equalsIgnoreCase(product) || version.contains("MariaDB");
        String v = maria && version.startsWith("5.5.5-") ? version.substring("5.5.5-".length()) : version;
        Matcher m = VERSION.matcher(v);
        int major = 0;
        int minor = 0;
        int patch = 0;
        if (m.find()) {
            major = Integer.parseInt(m.group(1));
            minor = Integer.parseInt(m.group(2));
            patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        }
        return maria ? mariaDb(major, minor) : mysql(major, minor, patch);
    }

    /** The placeholder limit of the MySQL protocol's prepared statements. */
    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /**
     * 16 MiB: the server refuses a statement larger than {@code max_allowed_packet}, whose default is 16 MiB
     * on MariaDB and 64 MiB on MySQL 8 (https://mariadb.com/kb/en/server-system-variables/#max_allowed_packet).
     * Quarry keeps a multi-row INSERT's values under the smaller default.
     */
    @Override
    public long maxStatementBytes() {
        return 16L << 20;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MySqlDialect d && d.mariaDb == mariaDb && d.capabilities.equals(capabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mariaDb, capabilities);
    }

    @Override
    public String toString() {
        return (mariaDb ? "MariaDbDialect" : "MySqlDialect") + capabilities;
    }
}
