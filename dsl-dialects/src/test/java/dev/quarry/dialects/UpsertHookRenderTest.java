package dev.quarry.dialects;

import static dev.quarry.Sql.excluded;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;

import org.junit.jupiter.api.Test;

/**
 * The upsert hook, {@code renderUpsert(InsertModel, OnConflict)}, on the three dialects: conflict columns
 * unqualified, SET values keeping their table name (never ambiguous beside the proposed row).
 */
class UpsertHookRenderTest {

    @Test
    void setValuesThatReadTheExistingRowKeepTheirTable() {
        var q = POSTS.insert().set(POSTS.ID, 1L).set(POSTS.USER_ID, 2L).set(POSTS.TITLE, "t").onConflict(POSTS.ID)
                .doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(1)).set(POSTS.TITLE, excluded(POSTS.TITLE));
        String insert = "INSERT INTO posts (id, user_id, title) VALUES (?, ?, ?) ";
        golden(q)
                .sqlite(insert + "ON CONFLICT (id) DO UPDATE SET likes = (posts.likes + ?), title = EXCLUDED.title", 1L, 2L, "t", 1)
                .mysql(insert + "ON DUPLICATE KEY UPDATE likes = (posts.likes + ?), title = VALUES(title)", 1L, 2L, "t", 1)
                .postgres(insert + "ON CONFLICT (id) DO UPDATE SET likes = (posts.likes + ?), title = EXCLUDED.title", 1L, 2L, "t", 1)
                .check();
    }

    @Test
    void doNothing() {
        var q = USERS.insert().set(USERS.NAME, "Ann").onConflict(USERS.EMAIL).doNothing();
        golden(q)
                .sqlite("INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO NOTHING", "Ann")
                .mysql("INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE id = id", "Ann")
                .postgres("INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO NOTHING", "Ann")
                .check();
    }

    @Test
    void doNothingWithoutConflictColumns() {
        var q = USERS.insert().set(USERS.NAME, "Ann").onConflictDoNothing();
        golden(q)
                .sqlite("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "Ann")
                .mysql("INSERT INTO users (name) VALUES (?) ON DUPLICATE KEY UPDATE id = id", "Ann")
                .postgres("INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "Ann")
                .check();
    }
}
