package dev.quarry.codegen.introspect;

import dev.quarry.ReferentialAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The common flow of the readers: list tables and views through {@link DatabaseMetaData}, keep those the
 * options select, let the subclass read the details with its catalog queries, then drop (with a warning) the
 * foreign keys that point at tables that were not read.
 *
 * @since 0.1.0
 */
public abstract class AbstractSchemaReader implements SchemaReader {

    /** A table or view found in the catalog. */
    protected record TableRef(String name, boolean view) {
    }

    @Override
    public final SchemaInfo read(Connection connection, ReadOptions options) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String schema = schema(connection, options);
        List<TableRef> refs = new ArrayList<>();
        for (TableRef ref : listTables(md, schema)) {
            if (options.selects(ref.name())) {
                refs.add(ref);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<TableInfo> tables = refs.isEmpty() ? List.of() : readTables(connection, schema, refs, warnings);
        Set<String> names = new HashSet<>();
        tables.forEach(t -> names.add(t.name()));
        List<TableInfo> kept = new ArrayList<>();
        for (TableInfo t : tables) {
            List<ForeignKeyInfo> fks = new ArrayList<>();
            for (ForeignKeyInfo fk : t.foreignKeys()) {
                if (names.contains(fk.targetTable())) {
                    fks.add(fk);
                } else {
                    warnings.add("table " + t.name() + ": foreign key " + fk.columns() + " points at table "
                            + fk.targetTable() + ", which is not generated; the key is left out");
                }
            }
            kept.add(new TableInfo(t.name(), t.view(), t.columns(), t.primaryKey(), fks, t.uniqueKeys(),
                    t.indexes()));
        }
        return new SchemaInfo(md.getDatabaseProductName(), kept, warnings);
    }

    /** The schema to read: the option, else the connection's current one. */
    protected abstract String schema(Connection connection, ReadOptions options) throws SQLException;

    /** The JDBC table types that are read; those containing "VIEW" are views. */
    protected abstract String[] tableTypes();

    /** The tables and views of {@code schema}, through {@link DatabaseMetaData#getTables}. */
    protected List<TableRef> listTables(DatabaseMetaData md, String schema) throws SQLException {
        List<TableRef> refs = new ArrayList<>();
        try (ResultSet rs = getTables(md, schema)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String type = rs.getString("TABLE_TYPE");
                if (name != null && type != null) {
                    refs.add(new TableRef(name, type.toUpperCase(Locale.ROOT).contains("VIEW")));
                }
            }
        }
        return refs;
    }

    /** Calls {@link DatabaseMetaData#getTables} with this database's use of catalog and schema. */
    protected abstract ResultSet getTables(DatabaseMetaData md, String schema) throws SQLException;

    /** Reads the selected tables in detail; {@code warnings} collects what could not be mapped. */
    protected abstract List<TableInfo> readTables(Connection connection, String schema, List<TableRef> tables,
            List<String> warnings) throws SQLException;

    /** The warning for a column whose type has no mapping. */
    protected static String unmapped(String table, String column, String nativeType) {
        return "table " + table + ", column " + column + ": type '" + nativeType
                + "' has no Quarry mapping; generated as SqlType.OTHER (Column<Object>)";
    }

    /** A referential action from its SQL words ({@code SET NULL}, {@code CASCADE} ...); null for unknown. */
    protected static ReferentialAction action(String sql) {
        if (sql == null) {
            return null;
        }
        return switch (sql.trim().toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    /** The number in parentheses of {@code VARCHAR(45)}, the first of {@code NUMERIC(10,2)}; -1 if none. */
    protected static int[] arguments(String type) {
        int open = type.indexOf('(');
        int close = type.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return new int[0];
        }
        String[] parts = type.substring(open + 1, close).split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                return new int[0];
            }
        }
        return out;
    }

    /** {@code arguments(type)[i]}, or {@code otherwise} when absent. */
    protected static int argument(String type, int i, int otherwise) {
        int[] args = arguments(type);
        return i < args.length ? args[i] : otherwise;
    }
}
