package dev.quarry.dialects;

import static dev.quarry.Sql.excluded;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.dialects.mysql.MySqlDialect;
import org.junit.jupiter.api.Test;

/** Golden SQL of UPDATE ... FROM, DELETE ... USING, RETURNING on them and upserts with a condition. */
class DmlJoinRenderTest {

    @Test
    void updateFrom() {
        golden(USERS.update().set(USERS.NAME, POSTS.TITLE).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID).and(POSTS.LIKES.gt(5))))
                .sqlite("""
                        UPDATE users SET name = posts.title FROM posts WHERE posts.user_id = users.id AND posts.likes > ?""", 5)
                .mysql("""
                        UPDATE users, posts SET users.name = posts.title WHERE posts.user_id = users.id
                        AND posts.likes > ?""", 5)
                .postgres("""
                        UPDATE users SET name = posts.title FROM posts WHERE posts.user_id = users.id AND posts.likes > ?""", 5)
                .on(OldVersions.sqlite(32), UNSUPPORTED)
                .check();
    }

    @Test
    void updateFromAnAliasedSelf() {
        var p2 = POSTS.as("p2");
        String expected = "UPDATE posts SET likes = p2.likes FROM posts p2 WHERE p2.id = ?";
        golden(POSTS.update().set(POSTS.LIKES, p2.LIKES).from(p2).where(p2.ID.eq(1L)))
                .sqlite(expected, 1L)
                .mysql("UPDATE posts, posts p2 SET posts.likes = p2.likes WHERE p2.id = ?", 1L)
                .postgres(expected, 1L)
                .check();
        assertThrows(IllegalArgumentException.class, () -> POSTS.update().set(POSTS.LIKES, 1).from(POSTS));
    }

    @Test
    void deleteUsing() {
        golden(POSTS.delete().using(USERS).where(USERS.ID.eq(POSTS.USER_ID).and(USERS.NAME.eq("Bob"))))
                .sqlite("""
                        DELETE FROM posts WHERE EXISTS (SELECT 1 FROM users WHERE users.id = posts.user_id
                        AND users.name = ?)""", "Bob")
                .mysql("DELETE posts FROM posts, users WHERE users.id = posts.user_id AND users.name = ?", "Bob")
                .postgres("DELETE FROM posts USING users WHERE users.id = posts.user_id AND users.name = ?", "Bob")
                .check();
        assertThrows(IllegalArgumentException.class, () -> POSTS.delete().using(POSTS));
    }

    @Test
    void returningFromJoinedDml() {
        golden(POSTS.delete().using(USERS).where(USERS.ID.eq(POSTS.USER_ID)).returning(POSTS.ID))
                .sqlite("DELETE FROM posts WHERE EXISTS (SELECT 1 FROM users WHERE users.id = posts.user_id) RETURNING posts.id")
                .mysql(UNSUPPORTED)
                .on(MySqlDialect.mariaDb(10, 11), UNSUPPORTED)
                .postgres("DELETE FROM posts USING users WHERE users.id = posts.user_id RETURNING posts.id")
                .check();
        golden(USERS.update().set(USERS.NAME, "x").from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).returning(USERS.ID))
                .sqlite("UPDATE users SET name = ? FROM posts WHERE posts.user_id = users.id RETURNING users.id", "x")
                .mysql(UNSUPPORTED)
                .postgres("UPDATE users SET name = ? FROM posts WHERE posts.user_id = users.id RETURNING users.id", "x")
                .check();
    }

    @Test
    void deleteReturningOnMariaDbAndOlderSqlite() {
        var q = USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.NAME);
        golden(q)
                .on(OldVersions.mariaDb105(), "DELETE FROM users WHERE users.id = ? RETURNING users.name", 1L)
                .on(OldVersions.sqlite(34), UNSUPPORTED)
                .on(OldVersions.sqlite(35), "DELETE FROM users WHERE users.id = ? RETURNING users.name", 1L)
                .mysql(UNSUPPORTED)
                .mariadb("DELETE FROM users WHERE users.id = ? RETURNING users.name", 1L)
                .sqlite(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.update().set(USERS.NAME, "x").where(USERS.ID.eq(1L)).returning(USERS.NAME))
                .on(OldVersions.mariaDb105(), UNSUPPORTED)
                .checkVersions();
    }

    @Test
    void upsertWithACondition() {
        var q = USERS.insert().set(USERS.NAME, "x").set(USERS.EMAIL, "e").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)).where(USERS.CREATED.lt(excluded(USERS.CREATED)));
        String standard = """
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name
                WHERE users.created_at < EXCLUDED.created_at""";
        golden(q)
                .sqlite(standard, "x", "e")
                .postgres(standard, "x", "e")
                .mysql("""
                        INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE
                        name = CASE WHEN users.created_at < VALUES(created_at) THEN VALUES(name) ELSE name END""", "x", "e")
                .check();
    }

    @Test
    void upsertConditionOnMySqlMayReadOnlyTheLastAssignedColumn() {
        var last = USERS.insert().set(USERS.NAME, "x").set(USERS.EMAIL, "e").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.EMAIL, excluded(USERS.EMAIL)).set(USERS.NAME, excluded(USERS.NAME))
                .where(USERS.NAME.ne(excluded(USERS.NAME)));
        golden(last)
                .mysql("""
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE
                email = CASE WHEN users.name <> VALUES(name) THEN VALUES(email) ELSE email END,
                name = CASE WHEN users.name <> VALUES(name) THEN VALUES(name) ELSE name END""", "x", "e")
                .postgres("""
                        INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email,
                        name = EXCLUDED.name WHERE users.name <> EXCLUDED.name""", "x", "e")
                .sqlite(SAME)
                .check();
        var earlier = USERS.insert().set(USERS.NAME, "x").set(USERS.EMAIL, "e").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)).set(USERS.EMAIL, excluded(USERS.EMAIL))
                .where(USERS.NAME.ne(excluded(USERS.NAME)));
        golden(earlier)
                .mysql(UNSUPPORTED)
                .mariadb(UNSUPPORTED)
                .sqlite("""
                        INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name,
                        email = EXCLUDED.email WHERE users.name <> EXCLUDED.name""", "x", "e")
                .postgres(SAME)
                .check();
    }

    @Test
    void doNothingTakesNoCondition() {
        var noSet = USERS.insert().set(USERS.NAME, "x").onConflict(USERS.EMAIL).doUpdate()
                .where(USERS.NAME.eq("y"));
        assertThrows(IllegalStateException.class, () -> noSet.toSql(Dialects.POSTGRES));
    }
}
