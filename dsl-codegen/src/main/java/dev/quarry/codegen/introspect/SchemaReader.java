package dev.quarry.codegen.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads tables, views, columns, keys and indexes of one database over JDBC. One implementation per database;
 * {@link #forConnection(Connection)} picks the one that accepts the connection's product name.
 *
 * @since 0.1.0
 */
public interface SchemaReader {
    /** The readers Quarry ships, tried in this order. */
    List<SchemaReader> BUILT_IN = List.of(new SqliteSchemaReader(), new MySqlSchemaReader(),
            new PostgresSchemaReader());

    /** True if this reader reads databases whose {@code DatabaseMetaData.getDatabaseProductName()} is this. */
    boolean accepts(String productName);

    /** Reads the tables and views that {@code options} selects; a type with no mapping becomes a warning. */
    SchemaInfo read(Connection connection, ReadOptions options) throws SQLException;

    /**
     * The built-in reader for the connected database.
     *
     * @throws IllegalArgumentException when no reader knows the database product
     */
    static SchemaReader forConnection(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        for (SchemaReader r : BUILT_IN) {
            if (r.accepts(product)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no schema reader for database product '" + product
                + "' (supported: SQLite, MySQL, MariaDB, PostgreSQL)");
    }
}
