package dev.quarry.dialect;

import dev.quarry.render.AnsiRenderer;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Set;

/**
 * One database's SQL: a plain immutable value made of small hooks. Implementations live in
 * {@code dsl-dialects} and are found with {@link java.util.ServiceLoader}; a dialect that depends on the
 * server version returns a new value from {@link #forServer}.
 *
 * <p>The hooks here are about the SQL the database speaks and the limits of its server. What depends on the
 * JDBC driver (failure codes, streaming, timeouts, the URL and properties of a pool that Quarry opens) is
 * the dialect's {@link #driver()}.
 *
 * @since 0.1.0
 */
public interface Dialect {
    /** A short name for messages, e.g. {@code "SQLite"}. */
    String name();

    /**
     * The short name that configuration uses to pick this dialect ({@code "sqlite"}, {@code "mysql"},
     * {@code "postgres"}; {@link DialectLookup#forName}); the lower-case {@link #name()} by default.
     */
    default String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * True if configuration naming {@code name} means this dialect: its {@link #shortName()} in any case by
     * default; a dialect may accept other spellings too ({@code "postgresql"}, {@code "mariadb"}).
     */
    default boolean acceptsName(String name) {
        return shortName().equalsIgnoreCase(name);
    }

    /** What this dialect can do. */
    Set<Capability> capabilities();

    /** True if this dialect has {@code capability}. */
    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    /** A new renderer (renderers hold per-statement state; dialects are shared singletons). */
    AnsiRenderer renderer();

    /** A renderer of DDL for this dialect. */
    default dev.quarry.render.DdlRenderer ddlRenderer() {
        return new dev.quarry.render.DdlRenderer(this);
    }

    /** How types are named, bound and read. */
    TypeMapper types();

    /**
     * Reads a live database's tables, columns, keys and indexes into the schema records that {@code Table}s
     * describe themselves with (used by {@code Metadata.diff} and the code generator).
     *
     * @throws dev.quarry.UnsupportedFeatureException by default, for a dialect that cannot read its catalog
     */
    default SchemaReader schemaReader() {
        throw new dev.quarry.UnsupportedFeatureException("reading the schema", name());
    }

    /** True if {@code DatabaseMetaData.getDatabaseProductName()} names this dialect's database. */
    default boolean acceptsProduct(String productName) {
        return false;
    }

    /** This dialect adjusted to the connected server's version; itself when nothing depends on it. */
    default Dialect forServer(DatabaseMetaData metaData) throws SQLException {
        return this;
    }

    /**
     * The hooks of this database's JDBC driver (failure codes, streaming, timeouts, and the URL and properties
     * of pools that Quarry opens), kept apart from the SQL hooks above; {@link DriverSupport#STANDARD} by default.
     *
     * @since 0.1.0
     */
    default DriverSupport driver() {
        return DriverSupport.STANDARD;
    }

    /**
     * The most bind parameters one statement may hold, as the server or its protocol counts them (batches, long
     * IN lists and multi-row INSERTs are split below it).
     */
    default int maxBindParameters() {
        return 32_767;
    }

    /**
     * The most bytes of values one statement should carry (MySQL's {@code max_allowed_packet}); a multi-row
     * INSERT is split below it as below {@link #maxBindParameters()}. Unlimited by default.
     *
     * @since 0.1.0
     */
    default long maxStatementBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * Writes the rows of {@code db.load(insert, rows)} on the transaction's connection and returns how many
     * were written. Multi-row INSERTs sized to {@link #maxBindParameters()} and {@link #maxStatementBytes()}
     * by default; a dialect overrides it with its database's fastest path ({@code COPY}, a prepared batch).
     *
     * @since 0.1.0
     */
    default long load(BulkLoad load) throws SQLException {
        return load.multiRowInsert();
    }
}
