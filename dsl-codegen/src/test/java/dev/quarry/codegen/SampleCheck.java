package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.Database;
import dev.quarry.Metadata;
import dev.quarry.Table;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ColumnType;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.dialect.SchemaReader;
import dev.quarry.schema.TableInfo;
import dev.quarry.schema.UniqueInfo;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.UniqueKey;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks (a), (b) and (c) of a real sample schema. */
final class SampleCheck {
    final String url;
    final String user;
    final String password;
    final SchemaInfo schema;
    final CodeGenerator.Result result;
    final ClassLoader loader;
    final Metadata metadata;
    final String packageName;

    /** Reads {@code url}, generates package {@code gen.<flavour>} with the query class, compiles with -Werror. */
    SampleCheck(String flavour, String url, String user, String password, String querySource) throws Exception {
        this(flavour, url, user, password, querySource, null);
    }

    /** As above, leaving out the tables whose whole name matches {@code exclude}. */
    SampleCheck(String flavour, String url, String user, String password, String querySource, String exclude)
            throws Exception {
        this.url = url;
        this.user = user;
        this.password = password;
        this.packageName = "gen." + flavour;
        Path root = Path.of("target", "samples-gen", flavour);
        Path src = root.resolve("src");
        deleteTree(root);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            schema = SchemaReader.forConnection(c).read(c, new ReadOptions(null, null,
                    exclude == null ? null : java.util.regex.Pattern.compile(exclude)));
            result = CodeGenerator.generate(c, new CodegenOptions(url, user, password, packageName, src, null, null,
                    exclude, null, null));
        }
        if (querySource != null) {
            try (InputStream in = SampleCheck.class.getResourceAsStream("/queries/" + querySource + ".java.txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PACKAGE", packageName);
                Files.writeString(src.resolve(packageName.replace('.', '/')).resolve(querySource + ".java"), text);
            }
        }
        loader = Compiler.compile(src, root.resolve("classes"));
        metadata = (Metadata) loader.loadClass(packageName + ".Db").getField("METADATA").get(null);
    }

    /** (a): one class per table and view, with every column, its type and nullability, every key and FK. */
    void assertModelMatchesDatabase() {
        assertEquals(schema.tables().size() + 1, result.files().size(), "one file per table and view, plus Db");
        assertEquals(schema.tables().stream().map(TableInfo::name).sorted().toList(),
                metadata.tables().stream().map(Table::name).sorted().toList());
        for (TableInfo t : schema.tables()) {
            Table<?> table = metadata.table(t.name());
            assertNotNull(table, t.name());
            assertEquals(t.columns().stream().map(ColumnInfo::name).toList(),
                    table.columns().stream().map(Column::name).toList(), t.name() + " columns");
            for (ColumnInfo c : t.columns()) {
                Column<?> col = table.columnNamed(c.name());
                assertEquals(c.type().quarryType(), quarryType(col), t.name() + "." + c.name() + " type");
                assertEquals(c.nullable(), col.nullable(), t.name() + "." + c.name() + " nullability");
                assertEquals(c.autoIncrement(), col.isAutoIncrement(), t.name() + "." + c.name() + " auto-increment");
            }
            assertEquals(t.primaryKey(), names(table.primaryKeyColumns()), t.name() + " primary key");
            assertEquals(foreignKeys(t), foreignKeys(table), t.name() + " foreign keys");
            assertEquals(uniques(t), uniques(table), t.name() + " unique keys");
            TreeSet<String> expectedIndexes = new TreeSet<>();
            t.indexes().forEach(i -> expectedIndexes.add(i.name() + i.columns() + (i.unique() ? " unique" : "")));
            TreeSet<String> actualIndexes = new TreeSet<>();
            table.indexes().forEach(i -> actualIndexes.add(i.name() + names(i.columns()) + (i.unique() ? " unique" : "")));
            assertEquals(expectedIndexes, actualIndexes, t.name() + " indexes");
        }
    }

    static String quarryType(Column<?> c) {
        var t = c.type();
        return new ColumnType(t.kind(), t.length(), t.precision(), t.scale(), "").quarryType();
    }

    static List<String> names(List<Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    static TreeSet<String> foreignKeys(TableInfo t) {
        return t.foreignKeys().stream().map(f -> f.columns() + "->" + f.targetTable() + f.targetColumns()
                + " " + f.onDelete() + "/" + f.onUpdate()).collect(Collectors.toCollection(TreeSet::new));
    }

    static TreeSet<String> foreignKeys(Table<?> t) {
        TreeSet<String> out = new TreeSet<>();
        for (ForeignKey f : t.foreignKeys()) {
            out.add(names(f.columns()) + "->" + f.targetTable().name() + names(f.targetColumns()) + " "
                    + f.onDeleteAction() + "/" + f.onUpdateAction());
        }
        return out;
    }

    static TreeSet<String> uniques(TableInfo t) {
        return t.uniqueKeys().stream().map(u -> u.columns().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static TreeSet<String> uniques(Table<?> t) {
        TreeSet<String> out = new TreeSet<>();
        for (UniqueKey u : t.uniqueKeys()) {
            out.add(names(u.columns()).toString());
        }
        for (Column<?> c : t.columns()) {
            if (c.isUnique()) {
                out.add(List.of(c.name()).toString());
            }
        }
        return out;
    }

    /** The dialect installed for this database, or null if there is none. */
    Dialect dialect() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            String product = c.getMetaData().getDatabaseProductName();
            for (Dialect d : DialectLookup.installed()) {
                if (d.acceptsProduct(product)) {
                    return d.forServer(c.getMetaData());
                }
            }
        }
        return null;
    }

    /** (c): the queries of the generated query class give the rows of the same SQL written by hand. */
    @SuppressWarnings("unchecked")
    void assertQueriesMatch(String queryClass, Map<String, String> handSql) throws Exception {
        Dialect dialect = dialect();
        assertNotNull(dialect, "a dialect for " + url);
        String dbUrl = url;
        Map<String, List<List<Object>>> actual;
        try (Database db = Database.of(new SimpleDataSource(dbUrl, user, password), dialect)) {
            Function<Database, Map<String, List<List<Object>>>> queries = (Function<Database, Map<String, List<List<Object>>>>)
                    loader.loadClass(packageName + "." + queryClass).getConstructor().newInstance();
            actual = queries.apply(db);
        }
        assertEquals(handSql.keySet(), actual.keySet());
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : handSql.entrySet()) {
                List<List<Object>> expected = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        expected.add(row);
                    }
                }
                assertTrue(expected.size() > 0, q.getKey() + " returns rows");
                assertEquals(normalise(expected), normalise(actual.get(q.getKey())), q.getKey());
            }
        }
    }

    static List<List<String>> normalise(List<List<Object>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> values = new ArrayList<>();
            for (Object v : r) {
                if (v instanceof BigDecimal d) {
                    values.add(d.stripTrailingZeros().toPlainString());
                } else if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
                    values.add(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
                } else {
                    values.add(String.valueOf(v));
                }
            }
            out.add(values);
        }
        return out;
    }

    /**
     * (b): {@code createAll} of the generated metadata into {@code target}, read back: the same tables, columns,
     * types, nullability and keys.
     */
    void assertRoundTrip(Database target, String targetUrl) throws Exception {
        metadata.createAll(target);
        SchemaInfo back;
        try (Connection c = DriverManager.getConnection(targetUrl, user, password)) {
            back = SchemaReader.forConnection(c).read(c, ReadOptions.all());
        }
        assertEquals(signature(schema), signature(back));
    }

    /**
     * The same schema without views: what {@code createAll} creates (views are read-only models; a column of an
     * unmapped type keeps the database's own type name through {@code SqlType.other(..)}).
     */
    SampleCheck creatable(String flavour) throws Exception {
        List<String> skip = new ArrayList<>();
        for (TableInfo t : schema.tables()) {
            if (t.view()) {
                skip.add(java.util.regex.Pattern.quote(t.name()));
            }
        }
        return new SampleCheck(flavour, url, user, password, null, skip.isEmpty() ? null : String.join("|", skip));
    }

    /** What a round trip must keep, one line per fact. */
    static List<String> signature(SchemaInfo s) {
        List<String> out = new ArrayList<>();
        for (TableInfo t : s.tables()) {
            out.add("table " + t.name());
            for (ColumnInfo c : t.columns()) {
                out.add("  " + t.name() + "." + c.name() + " " + c.type().quarryType() + (c.nullable() ? " NULL" : " NOT NULL")
                        + (c.autoIncrement() ? " AUTO" : ""));
            }
            out.add("  pk " + t.primaryKey());
            foreignKeys(t).forEach(f -> out.add("  fk " + f));
            for (UniqueInfo u : t.uniqueKeys()) {
                out.add("  unique " + u.columns());
            }
            out.addAll(t.indexes().stream().map(i -> "  index " + i.name() + i.columns() + i.unique()).sorted().toList());
        }
        return out;
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var s = Files.walk(root)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
