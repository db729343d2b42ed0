package dev.quarry.dialects.mysql;

import dev.quarry.dialects.AbstractSchemaReader;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ColumnType;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.TableInfo;
import dev.quarry.ReferentialAction;
import dev.quarry.SqlType.Kind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL 8 and MariaDB 10.5+, through {@code information_schema}: one query each for columns, key constraints,
 * referential rules and index statistics, whatever the number of tables. {@code COLUMN_TYPE} carries what
 * {@code DatabaseMetaData} hides: {@code unsigned}, {@code tinyint(1)}, the labels of ENUM and SET.
 *
 * <p>Unsigned integers widen to the next Java type that holds them ({@code smallint unsigned} is INTEGER,
 * {@code int unsigned} BIGINT, {@code bigint unsigned} DECIMAL(20, 0)); {@code tinyint(1)} and {@code bit(1)}
 * are BOOLEAN; YEAR is SMALLINT; ENUM and SET are VARCHAR as long as their longest value.
 *
 * @since 0.1.0
 */
public final class MySqlSchemaReader extends AbstractSchemaReader {


    @Override
    protected String schema(Connection connection, ReadOptions options) throws SQLException {
        String s = options.schema() != null ? options.schema() : connection.getCatalog();
        if (s == null || s.isEmpty()) {
            throw new SQLException("no database selected: put one in the JDBC URL or pass --schema");
        }
        return s;
    }

    @Override
    protected String[] tableTypes() {
        return new String[] {"TABLE", "VIEW"};
    }

    @Override
    protected ResultSet getTables(DatabaseMetaData md, String schema) throws SQLException {
        return md.getTables(schema, null, "%", tableTypes());
    }

    @Override
    protected List<TableInfo> readTables(Connection connection, String schema, List<TableRef> tables,
            List<String> warnings) throws SQLException {
        Map<String, List<ColumnInfo>> columns = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
                        + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE"
                        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String columnType = rs.getString(4);
                    ColumnType type = mapType(rs.getString(3), columnType, rs.getLong(8), rs.getInt(9), rs.getInt(10));
                    if (type.isFallback()) {
                        warnings.add(unmapped(table, name, columnType));
                    }
                    String def = rs.getString(6);
                    if ("NULL".equals(def)) {
                        def = null; // MariaDB spells a NULL default as the word
                    }
                    String extra = rs.getString(7) == null ? "" : rs.getString(7).toLowerCase(Locale.ROOT);
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new ColumnInfo(name, type,
                            "YES".equals(rs.getString(5)), def, extra.contains("auto_increment")));
                }
            }
        }

        Map<String, String> deleteRules = new HashMap<>();
        Map<String, String> updateRules = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deleteRules.put(rs.getString(1) + "\0" + rs.getString(2), rs.getString(3));
                    updateRules.put(rs.getString(1) + "\0" + rs.getString(2), rs.getString(4));
                }
            }
        }

        List<KeyColumn> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,"
                        + " k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME"
                        + " FROM information_schema.TABLE_CONSTRAINTS tc"
                        + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                        + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    KeyKind kind = switch (rs.getString(3)) {
                        case "PRIMARY KEY" -> KeyKind.PRIMARY;
                        case "UNIQUE" -> KeyKind.UNIQUE;
                        default -> KeyKind.FOREIGN;
                    };
                    String rules = table + "\0" + name;
                    keys.add(kind == KeyKind.FOREIGN
                            ? new KeyColumn(table, name, kind, rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getString(7), rule(deleteRules.get(rules)), rule(updateRules.get(rules)))
                            : new KeyColumn(table, name, kind, rs.getString(4), null, null, null, null, null));
                }
            }
        }

        List<IndexColumn> indexes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = ? AND INDEX_NAME <> 'PRIMARY' ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(5);
                    indexes.add(new IndexColumn(rs.getString(1), rs.getString(2), rs.getString(4), rs.getInt(3) == 0,
                            type == null ? "BTREE" : type, false));
                }
            }
        }
        return assemble(schema, tables, columns, keys, indexes, warnings);
    }

    /** B-tree and hash indexes are generated; FULLTEXT and SPATIAL ones are left out. */
    @Override
    protected boolean plainIndex(String method) {
        return method.equals("BTREE") || method.equals("HASH");
    }

    @Override
    protected String namespaceWord() {
        return "database";
    }

    /**
     * A referential action, where RESTRICT is the default: InnoDB treats NO ACTION as RESTRICT
     * (https://dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html), and MariaDB reports a key
     * declared without an action as RESTRICT.
     */
    private static ReferentialAction rule(String sql) {
        ReferentialAction a = action(sql);
        return a == ReferentialAction.RESTRICT ? null : a;
    }

    /** The Quarry type of a MySQL column from {@code DATA_TYPE} and {@code COLUMN_TYPE}. */
    public static ColumnType mapType(String dataType, String columnType, long charLength, int precision, int scale) {
        String d = dataType.toLowerCase(Locale.ROOT);
        String ct = columnType == null ? d : columnType.toLowerCase(Locale.ROOT);
        boolean unsigned = ct.contains("unsigned");
        return switch (d) {
            case "tinyint" -> ct.startsWith("tinyint(1)") && !unsigned ? ColumnType.of(Kind.BOOLEAN, columnType)
                    : ColumnType.of(Kind.SMALLINT, columnType);
            case "smallint" -> ColumnType.of(unsigned ? Kind.INTEGER : Kind.SMALLINT, columnType);
            case "mediumint" -> ColumnType.of(Kind.INTEGER, columnType);
            case "int", "integer" -> ColumnType.of(unsigned ? Kind.BIGINT : Kind.INTEGER, columnType);
            case "bigint" -> unsigned ? ColumnType.decimal(20, 0, columnType) : ColumnType.of(Kind.BIGINT, columnType);
            case "year" -> ColumnType.of(Kind.SMALLINT, columnType);
            case "bit" -> argument(ct, 0, 1) == 1 ? ColumnType.of(Kind.BOOLEAN, columnType)
                    : ColumnType.fallback(columnType);
            case "bool", "boolean" -> ColumnType.of(Kind.BOOLEAN, columnType);
            case "float" -> ColumnType.of(Kind.REAL, columnType);
            case "double", "real" -> ColumnType.of(Kind.DOUBLE, columnType);
            case "decimal", "numeric" -> ColumnType.decimal(precision, scale, columnType);
            case "char" -> ColumnType.chr((int) Math.min(charLength, Integer.MAX_VALUE), columnType);
            case "varchar" -> ColumnType.varchar((int) Math.min(charLength, Integer.MAX_VALUE), columnType);
            case "tinytext", "text", "mediumtext", "longtext" -> ColumnType.of(Kind.TEXT, columnType);
            case "enum" -> ColumnType.varchar(Math.max(1, longestValue(columnType, false)), columnType);
            case "set" -> ColumnType.varchar(Math.max(1, longestValue(columnType, true)), columnType);
            case "json" -> ColumnType.of(Kind.JSON, columnType);
            case "date" -> ColumnType.of(Kind.DATE, columnType);
            case "time" -> ColumnType.of(Kind.TIME, columnType);
            case "datetime", "timestamp" -> ColumnType.of(Kind.TIMESTAMP, columnType);
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(Kind.BLOB, columnType);
            case "uuid" -> ColumnType.of(Kind.UUID, columnType);
            default -> ColumnType.fallback(columnType == null ? dataType : columnType);
        };
    }

    /** The longest value of {@code enum('a','bc')} or, for a SET, the length of all values joined by commas. */
    static int longestValue(String columnType, boolean set) {
        List<String> values = new ArrayList<>();
        int i = columnType.indexOf('(');
        while (i >= 0 && i < columnType.length()) {
            int start = columnType.indexOf('\'', i);
            if (start < 0) {
                break;
            }
            StringBuilder v = new StringBuilder();
            int j = start + 1;
            while (j < columnType.length()) {
                char c = columnType.charAt(j);
                if (c == '\'' && j + 1 < columnType.length() && columnType.charAt(j + 1) == '\'') {
                    v.append('\'');
                    j += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    v.append(c);
                    j++;
                }
            }
            values.add(v.toString());
            i = j + 1;
        }
        if (set) {
            return String.join(",", values).length();
        }
        return values.stream().mapToInt(String::length).max().orElse(1);
    }
}
