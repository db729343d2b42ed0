package dev.quarry.dialects;

import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.fixtures.Posts;
import org.junit.jupiter.api.Test;

/**
 * Implicit joins of to-one paths ({@code POSTS.AUTHOR.get(USERS.NAME)}) on each dialect, side by side:
 * SQLite, MySQL, PostgreSQL.
 */
class PathJoinRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    @Test
    void aPathInTheSelectListJoinsItsTarget() {
        var q = select(POSTS.TITLE, POSTS.AUTHOR.get(USERS.NAME)).from(POSTS);
        golden(q)
                .sqlite("""
                SELECT posts.title, posts_author.name FROM posts
                JOIN users posts_author ON posts_author.id = posts.user_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void aPathUsedSeveralTimesIsJoinedOnce() {
        var q = select(POSTS.TITLE).from(POSTS).where(POSTS.AUTHOR.get(USERS.NAME).eq("Ann"))
                .orderBy(POSTS.AUTHOR.get(USERS.EMAIL), POSTS.AUTHOR.get(USERS.NAME).desc());
        String sql = """
                SELECT posts.title FROM posts JOIN users posts_author ON posts_author.id = posts.user_id
                WHERE posts_author.name = ? ORDER BY posts_author.email, posts_author.name DESC""";
        golden(q).sqlite(sql, "Ann").mysql(SAME).postgres(SAME).check();
    }

    @Test
    void anAliasedSourceGivesItsOwnPathJoinedAsSoonAsItsSourceIs() {
        Posts p = POSTS.as("p");
        var q = select(p.TITLE, p.AUTHOR.get(USERS.NAME), POSTS.AUTHOR.get(USERS.NAME)).from(p).crossJoin(POSTS);
        String sql = """
                SELECT p.title, p_author.name, posts_author.name FROM posts p
                JOIN users p_author ON p_author.id = p.user_id CROSS JOIN posts
                JOIN users posts_author ON posts_author.id = posts.user_id""";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aColumnOfAnotherTableIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> POSTS.AUTHOR.get(POSTS.TITLE));
        assertEquals("posts.AUTHOR.get(posts.title): the column is not one of users, the table this relationship "
                + "reaches", e.getMessage());
    }
}
