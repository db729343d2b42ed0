package dev.quarry.dialects;

import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Column;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.ddl.AddColumn;
import dev.quarry.ddl.AddForeignKey;
import dev.quarry.ddl.AddUnique;
import dev.quarry.ddl.AlterColumn;
import dev.quarry.ddl.CreateIndex;
import dev.quarry.ddl.DdlStatement;
import dev.quarry.ddl.DropIndex;
import dev.quarry.ddl.DropTable;
import dev.quarry.ddl.DropUnique;
import dev.quarry.dialects.fixtures.Posts;
import dev.quarry.render.DdlRenderer;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DDL nodes as values: rendered per dialect through {@code DdlRenderer.render}, and checked on construction. */
class DdlNodeRenderTest {
    private static final DdlRenderer SQLITE = Dialects.SQLITE.ddlRenderer();
    private static final DdlRenderer MYSQL = Dialects.MYSQL.ddlRenderer();
    private static final DdlRenderer POSTGRES = Dialects.POSTGRES.ddlRenderer();

    @Test
    void aListOfNodesRendersInOrder() {
        List<DdlStatement> plan = List.of(
                new AddColumn(USERS.NAME),
                new CreateIndex(USERS, new Index("users_email_idx", List.of(USERS.EMAIL), false)),
                new DropIndex("users", "users_old_idx"),
                new DropTable("old"));
        assertEquals(List.of(
                "ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL CHECK (length(name) <= 50)",
                "CREATE INDEX users_email_idx ON users (email)",
                "DROP INDEX users_old_idx",
                "DROP TABLE old"), SQLITE.render(plan));
        assertEquals(List.of(
                "ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL",
                "CREATE INDEX users_email_idx ON users (email)",
                "DROP INDEX users_old_idx ON users",
                "DROP TABLE old"), MYSQL.render(plan));
        assertEquals(List.of(
                "ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL",
                "CREATE INDEX users_email_idx ON users (email)",
                "DROP INDEX users_old_idx",
                "DROP TABLE old"), POSTGRES.render(plan));
    }

    @Test
    void oneNodeMayRenderAsSeveralStatements() {
        assertEquals(2, POSTGRES.render(new AlterColumn(USERS.EMAIL, true, true, false)).size());
        assertEquals(1, MYSQL.render(new AlterColumn(USERS.EMAIL, true, true, false)).size());
        assertThrows(UnsupportedFeatureException.class,
                () -> SQLITE.render(new AlterColumn(USERS.EMAIL, true, true, false)));
        assertThrows(UnsupportedFeatureException.class, () -> SQLITE.render(new DropUnique("users", "uq")));
        ForeignKey fk = Posts.POSTS.foreignKeys().get(0);
        assertEquals("SQLite", assertThrows(UnsupportedFeatureException.class,
                () -> SQLITE.render(new AddForeignKey(fk))).dialect());
        assertEquals(List.of(POSTGRES.addForeignKey(fk)), POSTGRES.render(new AddForeignKey(fk)));
    }

    @Test
    void nodesAreValues() {
        List<Column<?>> columns = new ArrayList<>(List.of(USERS.NAME, USERS.EMAIL));
        AddUnique unique = new AddUnique(USERS, columns);
        columns.clear();
        assertEquals(2, unique.columns().size());
        assertEquals(new DropIndex("users", "ix"), new DropIndex("users", "ix"));
        assertNotEquals(new DropIndex("users", "ix"), new DropIndex("posts", "ix"));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("column must not be null",
                assertThrows(IllegalArgumentException.class, () -> new AddColumn(null)).getMessage());
        assertEquals("name must not be null",
                assertThrows(IllegalArgumentException.class, () -> new DropIndex("users", null)).getMessage());
        assertEquals("columns must not be empty",
                assertThrows(IllegalArgumentException.class, () -> new AddUnique(USERS, List.of())).getMessage());
        assertEquals("statement must not be null", assertThrows(IllegalArgumentException.class,
                () -> POSTGRES.render((DdlStatement) null)).getMessage());
    }
}
