package dev.quarry.dialects;

import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.PostTags.POST_TAGS;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsafeStatementException;
import dev.quarry.dialect.Dialect;
import org.junit.jupiter.api.Test;

/** Golden SQL of INSERT, UPDATE and DELETE, dialect by dialect. */
class DmlRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    record NewUser(Long id, String name, String email) {
    }

    @Test
    void inserts() {
        golden(USERS.insert().set(USERS.NAME, "John").set(USERS.EMAIL, "j@x.io").returning(USERS.ID))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?) RETURNING users.id", "John", "j@x.io")
                .mysql("INSERT INTO users (name, email) VALUES (?, ?)", "John", "j@x.io")
                .mariadb("INSERT INTO users (name, email) VALUES (?, ?) RETURNING users.id", "John", "j@x.io")
                .postgres(SAME)
                .check();
        golden(TAGS.insert(TAGS.LABEL).values("a").values("b"))
                .sqlite("INSERT INTO tags (label) VALUES (?), (?)", "a", "b")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(TAGS.insert(TAGS.LABEL).select(select(USERS.NAME).from(USERS)))
                .sqlite("INSERT INTO tags (label) SELECT users.name FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "ann@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(TAGS.insert())
                .sqlite("INSERT INTO tags DEFAULT VALUES")
                .mysql("INSERT INTO tags () VALUES ()")
                .postgres("INSERT INTO tags DEFAULT VALUES")
                .check();
    }

    @Test
    void updatesAndDeletes() {
        golden(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).set(POSTS.TITLE, "t").where(POSTS.ID.eq(1L)))
                .sqlite("UPDATE posts SET likes = (posts.likes + ?), title = ? WHERE posts.id = ?", 1, "t", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(POSTS.update().set(POSTS.LIKES, 0).whereAll().returning(POSTS.ID))
                .sqlite("UPDATE posts SET likes = ? RETURNING posts.id", 0)
                .mysql(UNSUPPORTED)
                .postgres("UPDATE posts SET likes = ? RETURNING posts.id", 0)
                .check();
        golden(POSTS.delete().where(POSTS.ID.eq(1L)))
                .sqlite("DELETE FROM posts WHERE posts.id = ?", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(POSTS.delete().whereAll())
                .sqlite("DELETE FROM posts")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        assertThrows(UnsafeStatementException.class, () -> POSTS.delete().toSql(SQLITE));
        assertThrows(UnsafeStatementException.class, () -> POSTS.update().set(POSTS.LIKES, 1).toSql(SQLITE));
    }

    @Test
    void insertSetValuesAndSelect() {
        golden(USERS.insert().set(USERS.NAME, "John").set(USERS.EMAIL, "j@x.io"))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?)", "John", "j@x.io")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.insert(USERS.NAME, USERS.EMAIL).values("a", "a@x").values("b", "b@x"))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?), (?, ?)", "a", "a@x", "b", "b@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(TAGS.insert(TAGS.LABEL).select(select(USERS.NAME).from(USERS).where(USERS.ID.gt(3L))))
                .sqlite("INSERT INTO tags (label) SELECT users.name FROM users WHERE users.id > ?", 3L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(TAGS.insert())
                .sqlite("INSERT INTO tags DEFAULT VALUES")
                .mysql("INSERT INTO tags () VALUES ()")
                .postgres("INSERT INTO tags DEFAULT VALUES")
                .check();
    }

    @Test
    void insertFromRecord() {
        golden(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "ann@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void updateAndDelete() {
        golden(USERS.update().set(USERS.NAME, "Jo").set(USERS.EMAIL, USERS.NAME).where(USERS.ID.eq(7L)))
                .sqlite("UPDATE users SET name = ?, email = users.name WHERE users.id = ?", "Jo", 7L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).whereAll())
                .sqlite("UPDATE posts SET likes = (posts.likes + ?)", 1)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.delete().where(USERS.ID.eq(7L)))
                .sqlite("DELETE FROM users WHERE users.id = ?", 7L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.delete().whereAll())
                .sqlite("DELETE FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void updateOrDeleteWithoutWhereIsUnsafe() {
        assertThrows(UnsafeStatementException.class, () -> USERS.update().set(USERS.NAME, "x").toSql(MYSQL));
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().toSql(MYSQL));
        assertThrows(UnsafeStatementException.class, () -> USERS.update().set(USERS.NAME, "x").toSql(POSTGRES));
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().toSql(POSTGRES));
    }

    @Test
    void insertSeveralRows() {
        golden(USERS.insert(USERS.NAME, USERS.EMAIL).values("a", "a@x").values("b", "b@x"))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?), (?, ?)", "a", "a@x", "b", "b@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void insertSelect() {
        golden(POST_TAGS.insert(POST_TAGS.POST_ID, POST_TAGS.TAG_ID)
                .select(select(POSTS.ID, TAGS.ID).from(POSTS).crossJoin(TAGS).where(TAGS.LABEL.eq("java"))))
                .sqlite("""
                INSERT INTO post_tags (post_id, tag_id) SELECT posts.id, tags.id FROM posts
                CROSS JOIN tags WHERE tags.label = ?""", "java")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void insertFromRecordLeavesOutANullGeneratedKey() {
        golden(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")))
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "ann@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.insertFrom(new NewUser(7L, "Ann", "ann@x")))
                .sqlite("INSERT INTO users (id, name, email) VALUES (?, ?, ?)", 7L, "Ann", "ann@x")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
