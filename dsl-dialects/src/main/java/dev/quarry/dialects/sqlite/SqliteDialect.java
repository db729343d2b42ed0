package dev.quarry.dialects.sqlite;

import dev.quarry.dialect.BulkLoad;
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
import java.util.Set;

/**
 * SQLite 3 through the xerial sqlite-jdbc driver. Capabilities follow the library version found at
 * connect time (RETURNING needs 3.35, RIGHT/FULL JOIN 3.39, NULLS FIRST/LAST 3.30, upsert 3.24).
 *
 * <p>Values are stored so that they read back equal and sort correctly: dates and times as SQLite's own
 * text ({@code yyyy-MM-dd HH:mm:ss[.ffffff]}, time zones normalised to UTC), decimals as text in a column
 * of TEXT affinity (compared and sorted as numbers), booleans as 0/1, UUIDs as text. A pool opened by
 * Quarry turns on foreign keys, waits up to 10 s on a locked database (busy timeout) and begins transactions
 * with {@code BEGIN IMMEDIATE} (the driver properties of {@link #driver()}).
 *
 * @since 0.1.0
 */
public final class SqliteDialect implements Dialect {
    /** The dialect for a current SQLite (3.39 or later). */
    public static final SqliteDialect INSTANCE = new SqliteDialect(EnumSet.of(Capability.RETURNING,
            Capability.RETURNING_ON_UPDATE, Capability.RIGHT_JOIN, Capability.FULL_JOIN, Capability.UPSERT,
            Capability.NULLS_ORDER, Capability.TRANSACTIONAL_DDL, Capability.WINDOW_FUNCTIONS,
            Capability.INTERSECT_EXCEPT, Capability.UPDATE_FROM));

    private static final SqliteTypes TYPES = new SqliteTypes();
    private final Set<Capability> capabilities;
    /** SQLITE_MAX_VARIABLE_NUMBER: 32,766 since 3.32, 999 before (https://www.sqlite.org/limits.html#max_variable_number). */
    private final int maxBinds;

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE} (or {@code Dialects.SQLITE}). */
    public SqliteDialect() {
        this(INSTANCE.capabilities);
    }

    private SqliteDialect(Set<Capability> capabilities) {
        this(capabilities, 32_766);
    }

    private SqliteDialect(Set<Capability> capabilities, int maxBinds) {
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        this.maxBinds = maxBinds;
    }

    @Override
    public String name() {
        return "SQLite";
    }

    /** {@code "sqlite"}, the name configuration uses ({@code quarry.dialect=sqlite}). */
    @Override
    public String shortName() {
        return "sqlite";
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public AnsiRenderer renderer() {
        return new SqliteRenderer(this);
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new SqliteDdlRenderer(this);
    }

    @Override
    public TypeMapper types() {
        return TYPES;
    }

    /**
     * The hooks of sqlite-jdbc: SQLState from result codes, timeouts by cancelling, one connection for
     * {@code :memory:}.
     */
    @Override
    public DriverSupport driver() {
        return SqliteDriver.INSTANCE;
    }

    /** Reads this database's catalog into the schema records ({@link SqliteSchemaReader}). */
    @Override
    public dev.quarry.dialect.SchemaReader schemaReader() {
        return new SqliteSchemaReader();
    }

    @Override
    public boolean acceptsProduct(String productName) {
        return "SQLite".equalsIgnoreCase(productName);
    }

    @Override
    public Dialect forServer(DatabaseMetaData metaData) throws SQLException {
        int major = metaData.getDatabaseMajorVersion();
        int minor = metaData.getDatabaseMinorVersion();
        if (major > 3 || minor >= 39) {
            return INSTANCE;
        }
        EnumSet<Capability> caps = EnumSet.copyOf(INSTANCE.capabilities);
        if (minor < 39) {
            caps.remove(Capability.RIGHT_JOIN);
            caps.remove(Capability.FULL_JOIN);
        }
        if (minor < 35) {
            caps.remove(Capability.RETURNING);
            caps.remove(Capability.RETURNING_ON_UPDATE);
        }
        if (minor < 33) {
            caps.remove(Capability.UPDATE_FROM); // https://www.sqlite.org/lang_update.html#update_from
        }
        if (minor < 30) {
            caps.remove(Capability.NULLS_ORDER);
        }
        if (minor < 25) {
            caps.remove(Capability.WINDOW_FUNCTIONS);
        }
        if (minor < 24) {
            caps.remove(Capability.UPSERT);
        }
        return new SqliteDialect(caps, minor < 32 ? 999 : 32_766);
    }

    @Override
    public int maxBindParameters() {
        return maxBinds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqliteDialect d && d.capabilities.equals(capabilities) && d.maxBinds == maxBinds;
    }

    @Override
    public int hashCode() {
        return capabilities.hashCode() * 31 + maxBinds;
    }

    @Override
    public String toString() {
        return "SqliteDialect" + capabilities;
    }

    /**
     * One prepared INSERT run as JDBC batches: SQLite executes each row in the library itself, so there is
     * no round trip to save, and one statement reused is faster than many long ones parsed.
     */
    @Override
    public long load(BulkLoad load) throws SQLException {
        return load.batch();
    }
}
