package dev.quarry.dialects.sqlite;

import dev.quarry.dialects.AbstractSchemaReader;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ColumnType;
import dev.quarry.schema.ForeignKeyInfo;
import dev.quarry.schema.IndexInfo;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.TableInfo;
import dev.quarry.schema.UniqueInfo;
import dev.quarry.SqlType.Kind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite, through the {@code pragma_table_info}, {@code pragma_foreign_key_list}, {@code pragma_index_list}
 * and {@code pragma_index_info} table-valued functions (https://www.sqlite.org/pragma.html). A declared type
 * maps by name first ({@code NVARCHAR(160)}, {@code NUMERIC(10,2)}, {@code DATETIME}), then by SQLite's affinity
 * rules (https://www.sqlite.org/datatype3.html, 3.1); a column with no declared type (a view's expression)
 * is the fallback. A single {@code INTEGER} primary key is a rowid alias, so it is auto-increment.
 *
 * @since 0.1.0
 */
public final class SqliteSchemaReader extends AbstractSchemaReader {


    @Override
    protected String schema(Connection connection, ReadOptions options) {
        return "main";
    }

    @Override
    protected String[] tableTypes() {
        return new String[] {"TABLE", "VIEW"};
    }

    @Override
    protected ResultSet getTables(DatabaseMetaData md, String schema) throws SQLException {
        return md.getTables(null, null, "%", tableTypes());
    }

    @Override
    protected List<TableRef> listTables(DatabaseMetaData md, String schema) throws SQLException {
        List<TableRef> refs = new ArrayList<>();
        for (TableRef r : super.listTables(md, schema)) {
            if (!r.name().toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                refs.add(r);
            }
        }
        return refs;
    }

    /** One row of {@code pragma_foreign_key_list}: a column of a foreign key, in key order. */
    private record ForeignKeyColumn(String target, String from, String to, String onUpdate, String onDelete) {
    }

    /** One row of {@code pragma_index_list}: how the index was made ({@code origin} c, u or pk). */
    private record IndexEntry(String name, boolean unique, String origin, boolean partial) {
    }

    @Override
    protected List<TableInfo> readTables(Connection connection, String schema, List<TableRef> tables,
            List<String> warnings) throws SQLException {
        List<TableInfo> out = new ArrayList<>();
        try (PreparedStatement cols = connection.prepareStatement(
                     "SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid");
             PreparedStatement fks = connection.prepareStatement(
                     "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                             + " ORDER BY id, seq");
             PreparedStatement idx = connection.prepareStatement(
                     "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)");
             PreparedStatement idxCols = connection.prepareStatement(
                     "SELECT seqno, name FROM pragma_index_info(?) ORDER BY seqno");
             PreparedStatement sql = connection.prepareStatement(
                     "SELECT sql FROM sqlite_master WHERE name = ?")) {
            for (TableRef ref : tables) {
                out.add(readTable(ref, cols, fks, idx, idxCols, sql, warnings));
            }
        }
        return out;
    }

    private TableInfo readTable(TableRef ref, PreparedStatement cols, PreparedStatement fks, PreparedStatement idx,
            PreparedStatement idxCols, PreparedStatement sqlText, List<String> warnings) throws SQLException {
        String table = ref.name();
        List<ColumnInfo> columns = new ArrayList<>();
        Map<Integer, String> pk = new TreeMap<>();
        List<String> declared = new ArrayList<>();
        List<Boolean> notNull = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        cols.setString(1, table);
        try (ResultSet rs = cols.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(2);
                declared.add(rs.getString(3) == null ? "" : rs.getString(3));
                notNull.add(rs.getInt(4) != 0);
                defaults.add(rs.getString(5));
                int pkPos = rs.getInt(6);
                if (pkPos > 0) {
                    pk.put(pkPos, name);
                }
                columns.add(new ColumnInfo(name, ColumnType.fallback(""), true, null, false));
            }
        }
        boolean withoutRowid = false;
        sqlText.setString(1, table);
        try (ResultSet rs = sqlText.executeQuery()) {
            if (rs.next() && rs.getString(1) != null) {
                withoutRowid = rs.getString(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")
                        .contains("WITHOUT ROWID");
            }
        }
        List<ColumnInfo> typed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            String type = declared.get(i);
            ColumnType ct = mapType(type);
            if (ct.isFallback()) {
                warnings.add(unmapped(table, name, type.isEmpty() ? "(none declared)" : type));
            }
            boolean rowid = !ref.view() && !withoutRowid && pk.size() == 1 && pk.containsValue(name)
                    && type.trim().equalsIgnoreCase("INTEGER");
            boolean isNotNull = notNull.get(i) || rowid || (!ref.view() && pk.containsValue(name) && withoutRowid);
            typed.add(new ColumnInfo(name, ct, !isNotNull, defaults.get(i), rowid));
        }

        List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
        fks.setString(1, table);
        Map<Integer, List<ForeignKeyColumn>> byId = new TreeMap<>();
        try (ResultSet rs = fks.executeQuery()) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new ForeignKeyColumn(
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        for (List<ForeignKeyColumn> rows : byId.values()) {
            ForeignKeyColumn first = rows.get(0);
            List<String> from = rows.stream().map(ForeignKeyColumn::from).toList();
            List<String> to = rows.stream().map(ForeignKeyColumn::to).toList();
            if (to.contains(null)) {
                to = primaryKeyOf(cols, first.target());
            }
            foreignKeys.add(new ForeignKeyInfo("", from, first.target(), to, action(first.onDelete()),
                    action(first.onUpdate())));
        }

        List<UniqueInfo> uniques = new ArrayList<>();
        List<IndexInfo> indexes = new ArrayList<>();
        if (!ref.view()) {
            idx.setString(1, table);
            List<IndexEntry> list = new ArrayList<>();
            try (ResultSet rs = idx.executeQuery()) {
                while (rs.next()) {
                    list.add(new IndexEntry(rs.getString(1), rs.getInt(2) != 0, rs.getString(3), rs.getInt(4) != 0));
                }
            }
            for (IndexEntry i : list) {
                String name = i.name();
                String origin = i.origin();
                if ("pk".equals(origin)) {
                    continue;
                }
                List<String> ic = new ArrayList<>();
                boolean expression = false;
                idxCols.setString(1, name);
                try (ResultSet rs = idxCols.executeQuery()) {
                    while (rs.next()) {
                        String c = rs.getString(2);
                        if (c == null) {
                            expression = true;
                        }
                        ic.add(c);
                    }
                }
                if (expression || i.partial()) {
                    warnings.add("table " + table + ": index " + name + " is "
                            + (expression ? "over an expression" : "partial") + "; it is left out");
                } else if ("u".equals(origin)) {
                    uniques.add(new UniqueInfo("", ic));
                } else {
                    indexes.add(new IndexInfo(name, ic, i.unique()));
                }
            }
        }
        return new TableInfo(table, ref.view(), typed, List.copyOf(pk.values()), foreignKeys, uniques, indexes);
    }

    private static List<String> primaryKeyOf(PreparedStatement cols, String table) throws SQLException {
        Map<Integer, String> pk = new TreeMap<>();
        cols.setString(1, table);
        try (ResultSet rs = cols.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(6) > 0) {
                    pk.put(rs.getInt(6), rs.getString(2));
                }
            }
        }
        return List.copyOf(pk.values());
    }

    /** The Quarry type of a declared SQLite type. */
    public static ColumnType mapType(String declared) {
        String native_ = declared == null ? "" : declared.trim();
        String u = native_.toUpperCase(Locale.ROOT);
        int paren = u.indexOf('(');
        String base = (paren < 0 ? u : u.substring(0, paren)).trim().replaceAll("\\s+", " ");
        switch (base) {
            case "INTEGER", "INT", "MEDIUMINT", "INT4":
                return ColumnType.of(Kind.INTEGER, native_);
            case "BIGINT", "INT8", "UNSIGNED BIG INT":
                return ColumnType.of(Kind.BIGINT, native_);
            case "SMALLINT", "TINYINT", "INT2":
                return ColumnType.of(Kind.SMALLINT, native_);
            case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8":
                return ColumnType.of(Kind.DOUBLE, native_);
            case "FLOAT4":
                return ColumnType.of(Kind.REAL, native_);
            case "NUMERIC", "DECIMAL", "DECIMAL_TEXT":
                return ColumnType.decimal(argument(u, 0, 0), argument(u, 1, 0), native_);
            case "BOOLEAN", "BOOL":
                return ColumnType.of(Kind.BOOLEAN, native_);
            case "VARCHAR", "NVARCHAR", "VARCHAR2", "NVARCHAR2", "CHARACTER VARYING", "VARYING CHARACTER":
                return ColumnType.varchar(argument(u, 0, 0), native_);
            case "CHAR", "NCHAR", "CHARACTER", "NATIVE CHARACTER":
                return ColumnType.chr(argument(u, 0, 0), native_);
            case "TEXT", "CLOB", "NTEXT", "STRING":
                return ColumnType.of(Kind.TEXT, native_);
            case "DATE":
                return ColumnType.of(Kind.DATE, native_);
            case "DATETIME", "TIMESTAMP":
                return ColumnType.of(Kind.TIMESTAMP, native_);
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE":
                return ColumnType.of(Kind.TIMESTAMPTZ, native_);
            case "TIME":
                return ColumnType.of(Kind.TIME, native_);
            case "BLOB", "BINARY", "VARBINARY", "IMAGE":
                return ColumnType.of(Kind.BLOB, native_);
            case "UUID":
                return ColumnType.of(Kind.UUID, native_);
            case "JSON":
                return ColumnType.of(Kind.JSON, native_);
            default:
                break;
        }
        if (u.isEmpty()) {
            return ColumnType.fallback(native_);
        }
        // The affinity rules, in SQLite's order.
        if (u.contains("INT")) {
            return ColumnType.of(Kind.BIGINT, native_);
        }
        if (u.contains("CHAR") || u.contains("CLOB") || u.contains("TEXT")) {
            return ColumnType.of(Kind.TEXT, native_);
        }
        if (u.contains("BLOB")) {
            return ColumnType.of(Kind.BLOB, native_);
        }
        if (u.contains("REAL") || u.contains("FLOA") || u.contains("DOUB")) {
            return ColumnType.of(Kind.DOUBLE, native_);
        }
        return ColumnType.fallback(native_);
    }
}
