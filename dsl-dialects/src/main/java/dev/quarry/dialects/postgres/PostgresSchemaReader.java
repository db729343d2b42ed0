package dev.quarry.dialects.postgres;

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
 * PostgreSQL, through {@code pg_catalog}: one query each for columns, constraints and indexes, whatever the
 * number of tables. Domains map as their base type ({@code year} → INTEGER), user enums as VARCHAR as long as
 * their longest label, {@code serial} and identity columns are auto-increment. Arrays, {@code tsvector} and other
 * types without a Quarry mapping are the fallback, with a warning.
 *
 * @since 0.1.0
 */
public final class PostgresSchemaReader extends AbstractSchemaReader {

    private static final String COLUMNS = """
            SELECT c.relname, a.attname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod)
                        ELSE format_type(a.atttypid, a.atttypmod) END,
                   CASE WHEN t.typtype = 'd' THEN bt.typtype ELSE t.typtype END,
                   CASE WHEN t.typtype = 'd' THEN bt.typcategory ELSE t.typcategory END,
                   format_type(a.atttypid, a.atttypmod),
                   (SELECT max(length(e.enumlabel)) FROM pg_enum e
                     WHERE e.enumtypid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END)
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_type t ON t.oid = a.atttypid
              LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE n.nspname = ? AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
             ORDER BY c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT cl.relname, co.conname, co.contype, a.attname, fcl.relname, fa.attname,
                   co.confdeltype, co.confupdtype, fns.nspname
              FROM pg_constraint co
              JOIN pg_class cl ON cl.oid = co.conrelid
              JOIN pg_namespace n ON n.oid = cl.relnamespace
              CROSS JOIN LATERAL unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum
              LEFT JOIN pg_class fcl ON fcl.oid = co.confrelid
              LEFT JOIN pg_namespace fns ON fns.oid = fcl.relnamespace
              LEFT JOIN pg_attribute fa ON fa.attrelid = co.confrelid AND fa.attnum = co.confkey[k.ord]
             WHERE n.nspname = ? AND co.contype IN ('p', 'u', 'f')
             ORDER BY cl.relname, co.conname, k.ord""";

    private static final String INDEXES = """
            SELECT t.relname, i.relname, ix.indisunique, a.attname, ix.indpred IS NOT NULL, am.amname
              FROM pg_index ix
              JOIN pg_am am ON am.oid = (SELECT relam FROM pg_class WHERE oid = ix.indexrelid)
              JOIN pg_class t ON t.oid = ix.indrelid
              JOIN pg_class i ON i.oid = ix.indexrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
              CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
             WHERE n.nspname = ? AND NOT ix.indisprimary
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x'))
             ORDER BY t.relname, i.relname, k.ord""";


    @Override
    protected String schema(Connection connection, ReadOptions options) throws SQLException {
        String s = options.schema() != null ? options.schema() : connection.getSchema();
        return s == null ? "public" : s;
    }

    @Override
    protected String[] tableTypes() {
        return new String[] {"TABLE", "PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE"};
    }

    @Override
    protected ResultSet getTables(DatabaseMetaData md, String schema) throws SQLException {
        return md.getTables(null, schema, "%", tableTypes());
    }

    @Override
    protected List<TableInfo> readTables(Connection connection, String schema, List<TableRef> tables,
            List<String> warnings) throws SQLException {
        Map<String, List<ColumnInfo>> columns = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String def = rs.getString(4);
                    String identity = rs.getString(5);
                    String spelled = rs.getString(9);
                    ColumnType type = mapType(rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(10), spelled);
                    if (type.isFallback()) {
                        warnings.add(unmapped(table, name, spelled));
                    }
                    boolean auto = identity != null && !identity.isEmpty()
                            || def != null && def.startsWith("nextval(");
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new ColumnInfo(name, type,
                            !rs.getBoolean(3), auto ? null : def, auto && type.isIntegral()));
                }
            }
        }

        List<KeyColumn> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(CONSTRAINTS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    keys.add(switch (rs.getString(3)) {
                        case "p" -> new KeyColumn(table, name, KeyKind.PRIMARY, rs.getString(4), null, null, null, null,
                                null);
                        case "u" -> new KeyColumn(table, name, KeyKind.UNIQUE, rs.getString(4), null, null, null, null,
                                null);
                        default -> new KeyColumn(table, name, KeyKind.FOREIGN, rs.getString(4), rs.getString(9),
                                rs.getString(5), rs.getString(6), action(rs.getString(7).charAt(0)),
                                action(rs.getString(8).charAt(0)));
                    });
                }
            }
        }

        List<IndexColumn> indexes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indexes.add(new IndexColumn(rs.getString(1), rs.getString(2), rs.getString(4), rs.getBoolean(3),
                            rs.getString(6), rs.getBoolean(5)));
                }
            }
        }
        return assemble(schema, tables, columns, keys, indexes, warnings);
    }

    private static ReferentialAction action(char code) {
        return switch (code) {
            case 'r' -> ReferentialAction.RESTRICT;
            case 'c' -> ReferentialAction.CASCADE;
            case 'n' -> ReferentialAction.SET_NULL;
            case 'd' -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    /**
     * The Quarry type of a PostgreSQL column.
     *
     * @param formatted   {@code format_type} of the column's type, or of the base type for a domain
     * @param typtype     {@code pg_type.typtype} ({@code e} for enums)
     * @param category    {@code pg_type.typcategory} ({@code A} for arrays)
     * @param enumLength  the longest enum label, for enums
     * @param spelled     the type as declared (the domain's own name), for javadoc
     */
    public static ColumnType mapType(String formatted, String typtype, String category, int enumLength,
            String spelled) {
        if ("A".equals(category)) {
            return ColumnType.fallback(spelled);
        }
        if ("e".equals(typtype)) {
            return ColumnType.varchar(Math.max(1, enumLength), spelled);
        }
        String f = formatted.toLowerCase(Locale.ROOT);
        int paren = f.indexOf('(');
        String base = paren < 0 ? f : (f.substring(0, paren) + f.substring(f.indexOf(')', paren) + 1)).trim();
        return switch (base) {
            case "smallint" -> ColumnType.of(Kind.SMALLINT, spelled);
            case "integer" -> ColumnType.of(Kind.INTEGER, spelled);
            case "bigint" -> ColumnType.of(Kind.BIGINT, spelled);
            case "real" -> ColumnType.of(Kind.REAL, spelled);
            case "double precision" -> ColumnType.of(Kind.DOUBLE, spelled);
            case "numeric" -> ColumnType.decimal(argument(f, 0, 0), argument(f, 1, 0), spelled);
            case "boolean" -> ColumnType.of(Kind.BOOLEAN, spelled);
            case "character varying" -> ColumnType.varchar(argument(f, 0, 0), spelled);
            case "character" -> ColumnType.chr(argument(f, 0, 1), spelled);
            case "text", "citext", "name" -> ColumnType.of(Kind.TEXT, spelled);
            case "date" -> ColumnType.of(Kind.DATE, spelled);
            case "time without time zone" -> ColumnType.of(Kind.TIME, spelled);
            case "timestamp without time zone" -> ColumnType.of(Kind.TIMESTAMP, spelled);
            case "timestamp with time zone" -> ColumnType.of(Kind.TIMESTAMPTZ, spelled);
            case "bytea" -> ColumnType.of(Kind.BLOB, spelled);
            case "uuid" -> ColumnType.of(Kind.UUID, spelled);
            case "json", "jsonb" -> ColumnType.of(Kind.JSON, spelled);
            default -> ColumnType.fallback(spelled);
        };
    }
}
