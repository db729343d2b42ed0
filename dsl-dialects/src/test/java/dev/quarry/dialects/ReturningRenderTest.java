package dev.quarry.dialects;

import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of {@code returning(..)} on INSERT, UPDATE and DELETE, dialect by dialect. */
class ReturningRenderTest {
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);
    private static final Dialect MARIADB_105 = MySqlDialect.mariaDb(10, 5);

    @Test
    void insertReturningOnMySqlReadsTheGeneratedKey() {
        var q = USERS.insert().set(USERS.NAME, "John").returning(USERS.ID);
        golden(q)
                .sqlite("INSERT INTO users (name) VALUES (?) RETURNING users.id", "John")
                .mysql("INSERT INTO users (name) VALUES (?)", "John")
                .mariadb("INSERT INTO users (name) VALUES (?) RETURNING users.id", "John")
                .postgres(SAME)
                .check();
        assertEquals(List.of("id"), q.toSql(MYSQL).generatedKeys());
        var many = USERS.insert(USERS.NAME).values("a").values("b").returning(USERS.ID);
        golden(many)
                .sqlite("INSERT INTO users (name) VALUES (?), (?) RETURNING users.id", "a", "b")
                .mysql("INSERT INTO users (name) VALUES (?), (?)", "a", "b")
                .mariadb("INSERT INTO users (name) VALUES (?), (?) RETURNING users.id", "a", "b")
                .postgres(SAME)
                .check();
        assertEquals(List.of("id"), many.toSql(MYSQL).generatedKeys());
    }

    @Test
    void insertReturningOnMariaDb() {
        var q = USERS.insert().set(USERS.NAME, "John").returning(USERS.ID, USERS.CREATED);
        golden(q)
                .sqlite("INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "John")
                .mysql(UNSUPPORTED)
                .mariadb("INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "John")
                .postgres(SAME)
                .check();
        assertTrue(q.toSql(MARIADB).generatedKeys().isEmpty());
        golden(q)
                .on(MARIADB_105, "INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "John")
                .checkVersions();
    }

    @Test
    void returningThatMySqlCannotHonourThrows() {
        var other = USERS.insert().set(USERS.NAME, "John").returning(USERS.ID, USERS.CREATED);
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> other.toSql(MYSQL));
        assertEquals("MySQL", e.dialect());
        assertTrue(e.feature().contains("RETURNING id, created_at"), e.feature());
        var notKey = USERS.insert().set(USERS.NAME, "John").returning(USERS.NAME);
        assertThrows(UnsupportedFeatureException.class, () -> notKey.toSql(MYSQL));
        var delete = USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.ID);
        assertThrows(UnsupportedFeatureException.class, () -> delete.toSql(MYSQL));
        var update = USERS.update().set(USERS.NAME, "x").where(USERS.ID.eq(1L)).returning(USERS.ID);
        assertThrows(UnsupportedFeatureException.class, () -> update.toSql(MYSQL));
        var upsert = USERS.insert().set(USERS.NAME, "x").onConflictDoNothing().returning(USERS.ID);
        assertThrows(UnsupportedFeatureException.class, () -> upsert.toSql(MYSQL));
    }

    @Test
    void returningOnMariaDbUpdateThrowsButDeleteWorks() {
        var update = USERS.update().set(USERS.NAME, "x").where(USERS.ID.eq(1L)).returning(USERS.ID);
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> update.toSql(MARIADB));
        assertEquals("UPDATE ... RETURNING", e.feature());
        assertEquals("MariaDB", e.dialect());
        golden(USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.ID, USERS.NAME))
                .sqlite("DELETE FROM users WHERE users.id = ? RETURNING users.id, users.name", 1L)
                .mysql(UNSUPPORTED)
                .mariadb("DELETE FROM users WHERE users.id = ? RETURNING users.id, users.name", 1L)
                .postgres(SAME)
                .check();
    }

    @Test
    void insertSetAndReturning() {
        golden(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io"))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "a@x.io")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.insert().set(USERS.NAME, "Ann").returning(USERS.ID, USERS.CREATED))
                .sqlite("INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "Ann")
                .mysql(UNSUPPORTED)
                .mariadb("INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "Ann")
                .postgres(SAME)
                .check();
    }

    @Test
    void updateAndDeleteWithReturning() {
        golden(USERS.update().set(USERS.NAME, "Jo").where(USERS.ID.eq(1L)))
                .sqlite("UPDATE users SET name = ? WHERE users.id = ?", "Jo", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.update().set(USERS.NAME, "Jo").where(USERS.ID.eq(1L)).returning(USERS.NAME))
                .sqlite("UPDATE users SET name = ? WHERE users.id = ? RETURNING users.name", "Jo", 1L)
                .mysql(UNSUPPORTED)
                .postgres("UPDATE users SET name = ? WHERE users.id = ? RETURNING users.name", "Jo", 1L)
                .check();
        golden(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).whereAll())
                .sqlite("UPDATE posts SET likes = (posts.likes + ?)", 1)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.delete().where(USERS.ID.eq(1L)))
                .sqlite("DELETE FROM users WHERE users.id = ?", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.EMAIL))
                .sqlite("DELETE FROM users WHERE users.id = ? RETURNING users.email", 1L)
                .mysql(UNSUPPORTED)
                .mariadb("DELETE FROM users WHERE users.id = ? RETURNING users.email", 1L)
                .postgres(SAME)
                .check();
        golden(USERS.delete().whereAll())
                .sqlite("DELETE FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
