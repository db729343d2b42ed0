package dev.quarry.codegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Runs {@code quarry:check} as Maven would, on a SQLite file: drift fails the build with one line each. */
class CheckMojoTest {

    /** The models the goal finds by class name. */
    public static final class Models {
        public static final Metadata METADATA = new Metadata();

        static {
            METADATA.include(Item.class);
        }
    }

    /** item (id, name VARCHAR(50) NOT NULL). */
    public static final class Item extends Table<Item> {
        public static final Item ITEM = new Item();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
        public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull();

        private Item() {
            super(Models.METADATA, "item");
        }

        private Item(Item source, String alias) {
            super(source, alias);
        }

        @Override
        public Item as(String alias) {
            return new Item(this, alias);
        }
    }

    private static CheckMojo mojo(String ddl) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "mojo-check"));
        Path db = dir.resolve("check.db");
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(ddl);
        }
        CheckMojo m = new CheckMojo();
        m.url = "jdbc:sqlite:" + db;
        m.models = Models.class.getName();
        return m;
    }

    @Test
    void passesWhenTheDatabaseMatches() throws Exception {
        mojo("CREATE TABLE item (id BIGINT PRIMARY KEY NOT NULL, name VARCHAR(50) NOT NULL)").execute();
    }

    @Test
    void failsWithOneLinePerDifference() throws Exception {
        CheckMojo m = mojo("CREATE TABLE item (id BIGINT PRIMARY KEY NOT NULL, name VARCHAR(80), extra INTEGER)");
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        String[] lines = e.getMessage().split("\n");
        assertEquals(4, lines.length, e.getMessage());
        assertTrue(e.getMessage().contains("column item.name: the model has type VARCHAR(50), the database has VARCHAR(80)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("column item.extra: the database has it"), e.getMessage());
    }

    @Test
    void unknownModelsClassIsAnExecutionError() throws Exception {
        CheckMojo m = mojo("CREATE TABLE item (id INTEGER)");
        m.models = "com.example.Nope";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("com.example.Nope is not on the class path"), e.getMessage());
    }
}
