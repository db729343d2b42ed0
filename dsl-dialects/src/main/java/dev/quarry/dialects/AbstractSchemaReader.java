package dev.quarry.dialects;

import dev.quarry.dialect.SchemaReader;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ForeignKeyInfo;
import dev.quarry.schema.IndexInfo;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.schema.TableInfo;
import dev.quarry.schema.UniqueInfo;
import dev.quarry.ReferentialAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    public record TableRef(String name, boolean view) {
    }

    /** What a key constraint is. */
    public enum KeyKind {
        /** The primary key. */
        PRIMARY,
        /** A unique constraint. */
        UNIQUE,
        /** A foreign key. */
        FOREIGN
    }

    /**
     * One column of a key constraint as a catalog lists it, rows of one constraint in key order.
     *
     * @param table        the table that has the constraint
     * @param constraint   the constraint's name
     * @param kind         primary, unique or foreign key
     * @param column       the column of the table
     * @param targetSchema for a foreign key, the schema (or MySQL database) it points into; else null
     * @param targetTable  for a foreign key, the table it points at; else null
     * @param targetColumn for a foreign key, the column it points at; else null
     * @param onDelete     for a foreign key, its ON DELETE action, or null for the default
     * @param onUpdate     for a foreign key, its ON UPDATE action, or null for the default
     */
    public record KeyColumn(String table, String constraint, KeyKind kind, String column, String targetSchema,
            String targetTable, String targetColumn, ReferentialAction onDelete, ReferentialAction onUpdate) {
    }

    /**
     * One column of an index as a catalog lists it, rows of one index in index order.
     *
     * @param table   the indexed table
     * @param index   the index's name
     * @param column  the column, or null where the index is over an expression
     * @param unique  whether the index is unique
     * @param method  the access method as the database names it ({@code BTREE}, {@code gin} ...)
     * @param partial whether the index has a WHERE clause
     */
    public record IndexColumn(String table, String index, String column, boolean unique, String method,
            boolean partial) {
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

    /** Whether an index of this access method is generated (a B-tree; others are left out with a warning). */
    protected boolean plainIndex(String method) {
        return "btree".equalsIgnoreCase(method);
    }

    /** What this database calls the namespace a foreign key may point into ("schema", MySQL's "database"). */
    protected String namespaceWord() {
        return "schema";
    }

    /**
     * Builds the tables from catalog rows read for the whole schema at once: the columns of each table, the
     * columns of every key constraint and of every index. Foreign keys into another schema and indexes that
     * cannot be generated (another access method, an expression, a WHERE clause) are left out with a warning;
     * an index that backs a unique constraint is the constraint.
     */
    protected final List<TableInfo> assemble(String schema, List<TableRef> tables, Map<String, List<ColumnInfo>> columns,
            List<KeyColumn> keys, List<IndexColumn> indexColumns, List<String> warnings) {
        Map<String, List<String>> primaryKeys = new HashMap<>();
        Map<String, Map<String, List<KeyColumn>>> uniques = new HashMap<>();
        Map<String, Map<String, List<KeyColumn>>> foreign = new HashMap<>();
        for (KeyColumn k : keys) {
            switch (k.kind()) {
                case PRIMARY -> primaryKeys.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k.column());
                case UNIQUE -> uniques.computeIfAbsent(k.table(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(k.constraint(), c -> new ArrayList<>()).add(k);
                case FOREIGN -> foreign.computeIfAbsent(k.table(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(k.constraint(), c -> new ArrayList<>()).add(k);
            }
        }
        Map<String, Map<String, List<IndexColumn>>> indexes = new HashMap<>();
        for (IndexColumn i : indexColumns) {
            indexes.computeIfAbsent(i.table(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(i.index(), n -> new ArrayList<>()).add(i);
        }
        List<TableInfo> out = new ArrayList<>();
        for (TableRef ref : tables) {
            String t = ref.name();
            List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
            foreign.getOrDefault(t, Map.of()).forEach((name, rows) -> {
                KeyColumn first = rows.get(0);
                if (first.targetSchema() != null && !first.targetSchema().equals(schema)) {
                    warnings.add("table " + t + ": foreign key " + name + " points into " + namespaceWord() + " "
                            + first.targetSchema() + "; it is left out");
                } else {
                    foreignKeys.add(new ForeignKeyInfo(name, rows.stream().map(KeyColumn::column).toList(),
                            first.targetTable(), rows.stream().map(KeyColumn::targetColumn).toList(), first.onDelete(),
                            first.onUpdate()));
                }
            });
            Map<String, List<KeyColumn>> uk = uniques.getOrDefault(t, Map.of());
            List<UniqueInfo> uniqueKeys = new ArrayList<>();
            uk.forEach((name, rows) -> uniqueKeys.add(new UniqueInfo(name, rows.stream().map(KeyColumn::column).toList())));
            List<IndexInfo> tableIndexes = new ArrayList<>();
            indexes.getOrDefault(t, Map.of()).forEach((name, rows) -> {
                IndexColumn first = rows.get(0);
                List<String> cols = rows.stream().map(IndexColumn::column).toList();
                if (uk.containsKey(name)) {
                    return;
                }
                if (!plainIndex(first.method())) {
                    warnings.add("table " + t + ": index " + name + " is a " + first.method() + " index; it is left out");
                } else if (cols.contains(null)) {
                    warnings.add("table " + t + ": index " + name + " is over an expression; it is left out");
                } else if (first.partial()) {
                    warnings.add("table " + t + ": index " + name + " is partial; it is left out");
                } else {
                    tableIndexes.add(new IndexInfo(name, cols, first.unique()));
                }
            });
            out.add(new TableInfo(t, ref.view(), columns.getOrDefault(t, List.of()),
                    primaryKeys.getOrDefault(t, List.of()), foreignKeys, uniqueKeys, tableIndexes));
        }
        return out;
    }

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
