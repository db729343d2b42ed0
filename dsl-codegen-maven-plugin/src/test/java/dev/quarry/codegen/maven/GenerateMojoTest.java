package dev.quarry.codegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Runs the Mojo as Maven would, on a SQLite file: it writes the classes and adds the source root. */
class GenerateMojoTest {

    private static Path database() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "mojo"));
        Path db = dir.resolve("shop.db");
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            s.execute("CREATE TABLE purchase (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(id),"
                    + " total NUMERIC(10,2))");
        }
        return db;
    }

    private static GenerateMojo mojo(Path db, File out, MavenProject project) {
        GenerateMojo m = new GenerateMojo();
        m.url = "jdbc:sqlite:" + db;
        m.packageName = "com.acme.shop";
        m.outputDirectory = out;
        m.metadataClass = "Shop";
        m.project = project;
        return m;
    }

    @Test
    void writesClassesAndAddsTheSourceRoot() throws Exception {
        Path db = database();
        File out = Path.of("target", "mojo", "generated-sources", "quarry").toFile();
        MavenProject project = new MavenProject();
        mojo(db, out, project).execute();
        Path pkg = out.toPath().resolve("com/acme/shop");
        assertTrue(Files.exists(pkg.resolve("Customer.java")));
        assertTrue(Files.exists(pkg.resolve("Shop.java")));
        String purchase = Files.readString(pkg.resolve("Purchase.java"));
        assertTrue(purchase.contains(".references(() -> Customer.CUSTOMER.ID)"), purchase);
        assertTrue(project.getCompileSourceRoots().contains(out.getAbsolutePath()), project.getCompileSourceRoots().toString());
    }

    @Test
    void failsWithOneLineMessage() throws Exception {
        GenerateMojo m = mojo(database(), Path.of("target", "mojo", "bad").toFile(), new MavenProject());
        m.url = "jdbc:postgresql://127.0.0.1:1/none";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().startsWith("Quarry code generation failed: cannot connect to"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void skip() throws Exception {
        File out = Path.of("target", "mojo", "skipped").toFile();
        GenerateMojo m = mojo(database(), out, new MavenProject());
        m.skip = true;
        m.execute();
        assertTrue(!out.exists());
    }
}
