package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import dev.quarry.Metadata;
import dev.quarry.Table;
import dev.quarry.codegen.emit.SchemaEmitter;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.dialect.SchemaReader;
import dev.quarry.schema.TableInfo;
import dev.quarry.codegen.naming.DefaultNamingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A SQLite schema written to be awkward: keywords, clashes, composite and self keys, unknown types. */
class EdgeCaseSchemaTest {
    static Path db;

    @BeforeAll
    static void schema() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "edge"));
        db = dir.resolve("edge.db");
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"class\" (\"int\" INTEGER PRIMARY KEY, \"public\" TEXT NOT NULL DEFAULT 'x''y',"
                    + " \"public_\" VARCHAR(10), \"class\" INTEGER, \"2nd\" REAL DEFAULT 1.5, \"ok?\" BOOLEAN DEFAULT 1,"
                    + " \"weird\" MONEY, \"noType\")");
            s.execute("CREATE TABLE \"Order Details\" (order_id BIGINT NOT NULL, line INTEGER NOT NULL,"
                    + " qty SMALLINT NOT NULL DEFAULT 0, price NUMERIC(10,2) NOT NULL, created DATETIME DEFAULT CURRENT_TIMESTAMP,"
                    + " PRIMARY KEY (order_id, line))");
            s.execute("CREATE TABLE order_details (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id BIGINT, line INTEGER,"
                    + " parent_id INTEGER REFERENCES order_details(id) ON DELETE CASCADE, code CHAR(3) UNIQUE,"
                    + " a TEXT, b TEXT, UNIQUE (a, b),"
                    + " FOREIGN KEY (order_id, line) REFERENCES \"Order Details\"(order_id, line) ON DELETE SET NULL)");
            s.execute("CREATE INDEX ix_a ON order_details (a)");
            s.execute("CREATE UNIQUE INDEX ux_b ON order_details (b, a)");
            s.execute("CREATE TABLE column (id INTEGER PRIMARY KEY, x INTEGER)");
            s.execute("CREATE TABLE db (id INTEGER PRIMARY KEY, big BIGINT REFERENCES \"class\"(\"int\"))");
            s.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, a INTEGER)");
            s.execute("CREATE VIEW v_details AS SELECT id, code, a || b AS ab FROM order_details");
        }
    }

    private static SchemaInfo read(ReadOptions options) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return SchemaReader.forConnection(c).read(c, options);
        }
    }

    @Test
    void generatesCompilableCodeWithLegalUniqueNames() throws Exception {
        Path root = Path.of("target", "edge", "gen");
        SampleCheck.deleteTree(root);
        CodeGenerator.Result r = CodeGenerator.generate(CodegenOptions.of("jdbc:sqlite:" + db, "gen.edge",
                root.resolve("src")));
        ClassLoader loader = Compiler.compile(root.resolve("src"), root.resolve("classes"));
        Metadata m = (Metadata) loader.loadClass("gen.edge.Db").getField("METADATA").get(null);
        assertEquals(List.of("Order Details", "a", "class", "column", "db", "order_details", "v_details"),
                m.tables().stream().map(Table::name).sorted().toList());
        // "Order Details" and order_details both want OrderDetails; the reserved Column, Db (metadata) and
        // the all-capitals A get another name.
        assertNotNull(loader.loadClass("gen.edge.OrderDetails"));
        assertNotNull(loader.loadClass("gen.edge.OrderDetails2"));
        assertNotNull(loader.loadClass("gen.edge.Column2"));
        assertNotNull(loader.loadClass("gen.edge.Db2"));
        assertNotNull(loader.loadClass("gen.edge.ATable"));
        Class<?> cls = loader.loadClass("gen.edge.Class2"); // java.lang.Class is reserved
        // Constant CLASS first, then the columns: "class" clashes with it, "public_" with "public".
        for (String f : List.of("CLASS", "INT", "PUBLIC", "PUBLIC_2", "CLASS_2", "_2ND", "OK", "WEIRD", "NO_TYPE")) {
            assertNotNull(cls.getField(f), f);
        }
        assertTrue(r.warnings().contains("table class, column weird: type 'MONEY' has no Quarry mapping;"
                + " generated as SqlType.OTHER (Column<Object>)"), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("table class, column noType:")));
        Table<?> details = m.table("order_details");
        assertEquals(2, details.foreignKeys().size());
        assertEquals(1, details.uniqueKeys().size());
        assertEquals(List.of("ix_a", "ux_b"), details.indexes().stream().map(i -> i.name()).toList());
        assertTrue(details.columnNamed("code").isUnique());
        assertTrue(details.columnNamed("id").isAutoIncrement());
        // ToOne to the composite key, named after the target; ToOne of the self key.
        Class<?> od2 = loader.loadClass("gen.edge.OrderDetails2");
        assertNotNull(od2.getField("ORDER_DETAILS_ORDER_DETAILS"), "toOne named after the target, which the constant took");
        assertNotNull(od2.getField("PARENT"));
        assertNotNull(od2.getField("ORDER_DETAILS_2"), "the toMany of the self key, after the constant");
        String source = Files.readString(root.resolve("src/gen/edge/Class2.java"));
        assertTrue(source.contains(".defaultValue(\"x'y\")"), source);
        assertTrue(source.contains(".defaultValue(1.5)"), source);
        assertTrue(source.contains(".defaultValue(true)"), source);
        String composite = Files.readString(root.resolve("src/gen/edge/OrderDetails.java"));
        assertTrue(composite.contains("primaryKey(ORDER_ID, LINE);"), composite);
        assertTrue(composite.contains(".defaultNow()"), composite);
        assertTrue(composite.contains("toMany(() -> OrderDetails2.ORDER_DETAILS, c -> c.ORDER_ID, c -> c.LINE)"),
                "a toMany along the composite key: " + composite);
        String view = Files.readString(root.resolve("src/gen/edge/VDetails.java"));
        assertTrue(view.contains("View {@code v_details}: read-only"), view);
        // A foreign key between columns of different Java types is written table-level, still typed by target.
        String dbTable = Files.readString(root.resolve("src/gen/edge/Db2.java"));
        assertTrue(dbTable.contains("foreignKey(BIG).references(() -> List.of(Class2.CLASS.INT));"), dbTable);
    }

    @Test
    void outputIsTheSameWhateverTheCatalogOrder() throws Exception {
        SchemaInfo s = read(ReadOptions.all());
        List<TableInfo> shuffled = new ArrayList<>();
        Random random = new Random(42);
        for (TableInfo t : s.tables()) {
            List<dev.quarry.schema.ForeignKeyInfo> fks = new ArrayList<>(t.foreignKeys());
            List<dev.quarry.schema.IndexInfo> ix = new ArrayList<>(t.indexes());
            List<dev.quarry.schema.UniqueInfo> uq = new ArrayList<>(t.uniqueKeys());
            Collections.shuffle(fks, random);
            Collections.shuffle(ix, random);
            Collections.shuffle(uq, random);
            shuffled.add(new TableInfo(t.name(), t.view(), t.columns(), t.primaryKey(), fks, uq, ix));
        }
        Collections.shuffle(shuffled, random);
        List<String> warnings = new ArrayList<>(s.warnings());
        Collections.reverse(warnings);
        SchemaInfo other = new SchemaInfo(s.product(), shuffled, warnings);
        assertEquals(text(s), text(other));
        assertEquals(text(s), text(read(ReadOptions.all())), "a second read gives the same files");
    }

    private static List<String> text(SchemaInfo s) {
        return new SchemaEmitter("p", "Db", new DefaultNamingStrategy()).emit(s).stream().map(JavaFile::toString)
                .toList();
    }

    @Test
    void includeAndExcludeSelectWholeNames() throws Exception {
        SchemaInfo s = read(new ReadOptions(null, Pattern.compile("order.*|a"), Pattern.compile(".*details")));
        assertEquals(List.of("a"), s.tables().stream().map(TableInfo::name).toList());
        SchemaInfo t = read(new ReadOptions(null, Pattern.compile("order_details"), null));
        assertEquals(List.of("order_details"), t.tables().stream().map(TableInfo::name).toList());
        // The self key stays; the key into the table that was not selected is dropped with a warning.
        assertEquals(1, t.tables().get(0).foreignKeys().size());
        assertTrue(t.warnings().stream().anyMatch(w -> w.contains("Order Details") && w.contains("not generated")));
    }

    @Test
    void regeneratingLeavesUnchangedFilesAloneAndRemovesStaleOnes() throws Exception {
        Path src = Path.of("target", "edge", "regen");
        SampleCheck.deleteTree(src);
        CodegenOptions all = CodegenOptions.of("jdbc:sqlite:" + db, "gen.regen", src);
        CodeGenerator.Result first = CodeGenerator.generate(all);
        assertEquals(first.files().size(), first.changed());
        Path mine = src.resolve("gen/regen/Handwritten.java");
        Files.writeString(mine, "package gen.regen;\nclass Handwritten {}\n");
        CodeGenerator.Result again = CodeGenerator.generate(all);
        assertEquals(0, again.changed());
        CodeGenerator.Result fewer = CodeGenerator.generate(all.withFilters(null, "a", null));
        assertEquals(2, fewer.files().size());
        assertEquals(first.files().size() - 2, fewer.deleted().size());
        assertTrue(Files.exists(mine), "a file the generator did not write is never deleted");
        assertFalse(Files.exists(src.resolve("gen/regen/Class2.java")));
    }
}
