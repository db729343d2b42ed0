package dev.quarry.dialect;

import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads tables, views, columns, keys and indexes of one database over JDBC into the schema records of
 * {@code dev.quarry.schema}: the same records a {@code Table} describes itself with, so a model and a live
 * database compare as two values of one type. Each dialect supplies its reader through
 * {@link Dialect#schemaReader()}.
 *
 * @since 0.1.0
 */
public interface SchemaReader {
    /** Reads the tables and views that {@code options} selects; a type with no mapping becomes a warning. */
    SchemaInfo read(Connection connection, ReadOptions options) throws SQLException;

    /**
     * The reader of the dialect detected for the connection (the installed dialects, by product name).
     *
     * @throws IllegalArgumentException when no installed dialect knows the database product
     */
    static SchemaReader forConnection(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        for (Dialect d : DialectLookup.installed()) {
            if (d.acceptsProduct(product)) {
                return d.schemaReader();
            }
        }
        throw new IllegalArgumentException("no schema reader for database product '" + product
                + "' (installed dialects: " + DialectLookup.installed().stream().map(Dialect::name).toList() + ")");
    }
}
