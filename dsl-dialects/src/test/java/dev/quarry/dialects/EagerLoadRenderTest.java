package dev.quarry.dialects;

import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Relationship;
import dev.quarry.Row;
import dev.quarry.Select;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.EagerLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The child queries of {@code select.with(relationship)} on each dialect, side by side: SQLite, MySQL,
 * PostgreSQL. The select itself renders as without {@code with(..)}.
 */
class EagerLoadRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    private static Select<Row> child(Relationship<?> r, Object... keys) {
        return EagerLoader.childSelect(r.load(), List.of(keys));
    }

    @Test
    void withLeavesTheSelectItselfAlone() {
        for (Dialect d : List.of(SQLITE, MYSQL, POSTGRES)) {
            assertEquals(USERS.select().toSql(d).sql(), USERS.select().with(USERS.POSTS).toSql(d).sql());
        }
    }

    @Test
    void toManySelectsTheChildrenByForeignKey() {
        Select<Row> q = child(USERS.POSTS, 1L, 2L);
        golden(q)
                .sqlite("""
                SELECT posts.id, posts.user_id, posts.title, posts.likes FROM posts
                WHERE posts.user_id IN (?, ?)""", 1L, 2L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void toOneSelectsTheParentsByKey() {
        Select<Row> q = child(POSTS.AUTHOR, 7L);
        String sql = "SELECT users.id, users.name, users.email, users.created_at FROM users WHERE users.id IN (?)";
        golden(q).sqlite(sql, 7L).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void manyToManyJoinsTheAssociationTableAndSelectsItsKey() {
        Select<Row> q = child(POSTS.TAGS, 3L);
        golden(q)
                .sqlite("""
                SELECT post_tags.post_id, tags.id, tags.label FROM post_tags
                JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id IN (?)""", 3L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void whereAndOrderByGoIntoTheChildQuery() {
        Select<Row> q = child(USERS.POSTS.where(POSTS.LIKES.gt(5)).orderBy(POSTS.LIKES.desc()), 1L);
        golden(q)
                .sqlite("""
                SELECT posts.id, posts.user_id, posts.title, posts.likes FROM posts
                WHERE posts.user_id IN (?) AND posts.likes > ? ORDER BY posts.likes DESC""", 1L, 5)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
