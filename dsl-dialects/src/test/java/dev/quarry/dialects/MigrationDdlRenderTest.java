package dev.quarry.dialects;

import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.render.DdlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden DDL of the migration hooks (add, alter and drop), per dialect. */
class MigrationDdlRenderTest {
    private static final DdlRenderer SQLITE = Dialects.SQLITE.ddlRenderer();
    private static final DdlRenderer MYSQL = Dialects.MYSQL.ddlRenderer();
    private static final DdlRenderer POSTGRES = Dialects.POSTGRES.ddlRenderer();

    @Test
    void addColumn() {
        assertEquals("ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL CHECK (length(name) <= 50)",
                SQLITE.addColumn(USERS.NAME));
        assertEquals("ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL", MYSQL.addColumn(USERS.NAME));
        assertEquals("ALTER TABLE users ADD COLUMN name VARCHAR(50) NOT NULL", POSTGRES.addColumn(USERS.NAME));
    }

    @Test
    void alterColumn() {
        assertEquals(List.of("ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(255)",
                "ALTER TABLE users ALTER COLUMN email DROP NOT NULL", "ALTER TABLE users ALTER COLUMN email DROP DEFAULT"),
                POSTGRES.alterColumn(USERS.EMAIL, true, true, true));
        assertEquals(List.of("ALTER TABLE users ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP"),
                POSTGRES.alterColumn(USERS.CREATED, false, false, true));
        assertEquals(List.of("ALTER TABLE users MODIFY COLUMN email VARCHAR(255)"),
                MYSQL.alterColumn(USERS.EMAIL, true, false, false));
        assertEquals(List.of("ALTER TABLE users MODIFY COLUMN created_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6))"),
                MYSQL.alterColumn(USERS.CREATED, false, false, true));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class,
                () -> SQLITE.alterColumn(USERS.EMAIL, true, false, false));
        assertEquals("SQLite", e.dialect());
    }

    @Test
    void addUnique() {
        List<Column<?>> cols = List.of(USERS.NAME, USERS.EMAIL);
        assertEquals("CREATE UNIQUE INDEX users_name_email_key ON users (name, email)", SQLITE.addUnique(USERS, cols));
        assertEquals("ALTER TABLE users ADD UNIQUE (name, email)", MYSQL.addUnique(USERS, cols));
        assertEquals("ALTER TABLE users ADD UNIQUE (name, email)", POSTGRES.addUnique(USERS, cols));
    }

    @Test
    void drops() {
        assertEquals("DROP INDEX ix", SQLITE.dropIndex("users", "ix"));
        assertEquals("DROP INDEX ix ON users", MYSQL.dropIndex("users", "ix"));
        assertEquals("DROP INDEX ix", POSTGRES.dropIndex("users", "ix"));

        assertThrows(UnsupportedFeatureException.class, () -> SQLITE.dropUnique("users", "uq"));
        assertEquals("ALTER TABLE users DROP INDEX uq", MYSQL.dropUnique("users", "uq"));
        assertEquals("ALTER TABLE users DROP CONSTRAINT uq", POSTGRES.dropUnique("users", "uq"));

        assertThrows(UnsupportedFeatureException.class, () -> SQLITE.dropForeignKey("posts", "fk"));
        assertEquals("ALTER TABLE posts DROP FOREIGN KEY fk", MYSQL.dropForeignKey("posts", "fk"));
        assertEquals("ALTER TABLE posts DROP CONSTRAINT fk", POSTGRES.dropForeignKey("posts", "fk"));

        assertEquals("ALTER TABLE users DROP COLUMN note", SQLITE.dropColumn("users", "note"));
        assertEquals("ALTER TABLE users DROP COLUMN note", MYSQL.dropColumn("users", "note"));
        assertEquals("ALTER TABLE users DROP COLUMN note", POSTGRES.dropColumn("users", "note"));

        assertEquals("DROP TABLE old", SQLITE.dropTable("old"));
        assertEquals("DROP TABLE old", MYSQL.dropTable("old"));
        assertEquals("DROP TABLE old", POSTGRES.dropTable("old"));
    }

    @Test
    void storedType() {
        assertEquals(SqlType.INTEGER, SQLITE.storedType(SqlType.BIGINT, true));
        assertEquals(SqlType.BIGINT, SQLITE.storedType(SqlType.BIGINT, false));
        assertEquals(SqlType.BIGINT, POSTGRES.storedType(SqlType.BIGINT, true));
        Dialect mariaDb = MySqlDialect.mariaDb(10, 11);
        assertEquals(SqlType.TEXT, mariaDb.ddlRenderer().storedType(SqlType.JSON, false));
        assertEquals(SqlType.JSON, MYSQL.storedType(SqlType.JSON, false));
    }
}
