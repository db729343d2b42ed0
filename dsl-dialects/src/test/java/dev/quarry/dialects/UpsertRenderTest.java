package dev.quarry.dialects;

import static dev.quarry.Sql.excluded;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.PostTags.POST_TAGS;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Query;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of upserts ({@code onConflict}, {@code excluded}), dialect by dialect. */
class UpsertRenderTest {
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    @Test
    void upserts() {
        golden(USERS.insert().set(USERS.NAME, "x").set(USERS.EMAIL, "e").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)))
                .sqlite("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "x", "e")
                .mysql("""
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name =
                VALUES(name)""", "x", "e")
                .postgres("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "x", "e")
                .check();
        golden(USERS.insert().set(USERS.NAME, "x").onConflictDoNothing())
                .sqlite("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "x")
                .mysql("INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE id = id", "x")
                .postgres("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "x")
                .check();
    }

    @Test
    void upsert() {
        golden(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)))
                .sqlite("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "Ann", "a@x")
                .mysql("""
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name =
                VALUES(name)""", "Ann", "a@x")
                .postgres("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "Ann", "a@x")
                .check();
        golden(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, "fixed"))
                .sqlite("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = ?""", "Ann", "a@x", "fixed")
                .mysql("""
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = ?""", "Ann", "a@x", "fixed")
                .postgres("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = ?""", "Ann", "a@x", "fixed")
                .check();
        golden(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doNothing())
                .sqlite("INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO NOTHING", "Ann", "a@x")
                .mysql("INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = id", "Ann", "a@x")
                .postgres("INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO NOTHING", "Ann", "a@x")
                .check();
        golden(POST_TAGS.insert().set(POST_TAGS.POST_ID, 1L).set(POST_TAGS.TAG_ID, 2).onConflictDoNothing())
                .sqlite("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING", 1L, 2)
                .mysql("""
                INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE
                post_id = post_id""", 1L, 2)
                .postgres("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING", 1L, 2)
                .check();
    }

    @Test
    void upsertDoUpdateWithExcludedQualifiesExistingColumns() {
        golden(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io").onConflict(USERS.EMAIL)
                .doUpdate().set(USERS.NAME, excluded(USERS.NAME)))
                .sqlite("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "Ann", "a@x.io")
                .mysql("""
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name =
                VALUES(name)""", "Ann", "a@x.io")
                .postgres("""
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE
                SET name = EXCLUDED.name""", "Ann", "a@x.io")
                .check();
        // an unqualified "likes" would be ambiguous beside EXCLUDED on PostgreSQL
        golden(POSTS.insert().set(POSTS.ID, 1L).set(POSTS.USER_ID, 2L).set(POSTS.TITLE, "t").onConflict(POSTS.ID)
                .doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(1)).set(POSTS.TITLE, excluded(POSTS.TITLE)))
                .sqlite("""
                INSERT INTO posts (id, user_id, title) VALUES (?, ?, ?) ON CONFLICT (id) DO
                UPDATE SET likes = (posts.likes + ?), title = EXCLUDED.title""", 1L, 2L, "t", 1)
                .mysql("""
                INSERT INTO posts (id, user_id, title) VALUES (?, ?, ?) ON DUPLICATE KEY
                UPDATE likes = (posts.likes + ?), title = VALUES(title)""", 1L, 2L, "t", 1)
                .postgres("""
                INSERT INTO posts (id, user_id, title) VALUES (?, ?, ?) ON CONFLICT (id) DO
                UPDATE SET likes = (posts.likes + ?), title = EXCLUDED.title""", 1L, 2L, "t", 1)
                .check();
    }

    @Test
    void upsertDoNothing() {
        golden(USERS.insert().set(USERS.NAME, "Ann").onConflictDoNothing())
                .sqlite("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "Ann")
                .mysql("INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE id = id", "Ann")
                .postgres("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "Ann")
                .check();
        golden(USERS.insert().set(USERS.NAME, "Ann").onConflict(USERS.EMAIL).doNothing())
                .sqlite("INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO NOTHING", "Ann")
                .mysql("INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE id = id", "Ann")
                .postgres("INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO NOTHING", "Ann")
                .check();
        golden(USERS.insert().set(USERS.NAME, "Ann").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, "x").returning(USERS.ID))
                .sqlite("""
                INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO UPDATE SET name = ?
                RETURNING users.id""", "Ann", "x")
                .mysql(UNSUPPORTED)
                .mariadb("""
                INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE name = ? RETURNING
                users.id""", "Ann", "x")
                .postgres("""
                INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO UPDATE SET name = ?
                RETURNING users.id""", "Ann", "x")
                .check();
    }

    @Test
    void upsertDoUpdateNeedsConflictColumns() {
        var q = USERS.insert().set(USERS.NAME, "Ann").onConflict().doUpdate().set(USERS.NAME, "x");
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(POSTGRES));
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    /** A server's metadata that answers only its version. */
    private static DatabaseMetaData version(int major, int minor) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseMajorVersion" -> major;
                    case "getDatabaseMinorVersion" -> minor;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void upsertIsRefusedWhereTheServerLacksIt() throws Exception {
        Dialect postgres94 = Dialects.POSTGRES.forServer(version(9, 4));
        for (Query q : List.<Query>of(USERS.insert().set(USERS.NAME, "x").onConflictDoNothing(),
                USERS.insert().set(USERS.NAME, "x").onConflict(USERS.EMAIL).doUpdate().set(USERS.NAME, excluded(USERS.NAME)))) {
            UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(postgres94));
            assertEquals("INSERT ... ON CONFLICT", e.feature());
        }
        assertSame(Dialects.POSTGRES, Dialects.POSTGRES.forServer(version(9, 5)));
    }
}
