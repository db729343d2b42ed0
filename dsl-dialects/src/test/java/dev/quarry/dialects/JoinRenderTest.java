package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.notExists;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.fixtures.Employees;
import dev.quarry.dialects.mysql.MySqlDialect;
import org.junit.jupiter.api.Test;

/** Golden SQL of joins, relationships, self-joins and subqueries, dialect by dialect. */
class JoinRenderTest {
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);

    @Test
    void joins() {
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)))
                .sqlite("""
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(POSTS).rightJoin(USERS).onKey())
                .sqlite("SELECT users.name FROM posts RIGHT JOIN users ON posts.user_id = users.id")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).fullJoin(POSTS).onKey())
                .sqlite("SELECT users.name FROM users FULL JOIN posts ON posts.user_id = users.id")
                .mysql(UNSUPPORTED)
                .postgres("SELECT users.name FROM users FULL JOIN posts ON posts.user_id = users.id")
                .check();
        golden(select(USERS.NAME).from(USERS).crossJoin(TAGS))
                .sqlite("SELECT users.name FROM users CROSS JOIN tags")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).innerJoin(POSTS).onKey())
                .sqlite("""
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(POSTS).onKey())
                .sqlite("""
                SELECT users.name, posts.title FROM users LEFT JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(POSTS).rightJoin(USERS).onKey())
                .sqlite("""
                SELECT users.name, posts.title FROM posts RIGHT JOIN users ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, TAGS.LABEL).from(USERS).crossJoin(TAGS))
                .sqlite("SELECT users.name, tags.label FROM users CROSS JOIN tags")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).innerJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)))
                .sqlite("""
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)))
                .sqlite("""
                SELECT users.name, posts.title FROM users LEFT JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(POSTS).rightJoin(USERS).on(POSTS.USER_ID.eq(USERS.ID)))
                .sqlite("""
                SELECT users.name, posts.title FROM posts RIGHT JOIN users ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).fullJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)))
                .sqlite("""
                SELECT users.name, posts.title FROM users FULL JOIN posts ON posts.user_id =
                users.id""")
                .mysql(UNSUPPORTED)
                .postgres("""
                SELECT users.name, posts.title FROM users FULL JOIN posts ON posts.user_id =
                users.id""")
                .check();
    }

    @Test
    void relationshipJoins() {
        golden(select(USERS.NAME).from(USERS).join(USERS.POSTS))
                .sqlite("SELECT users.name FROM users JOIN posts ON posts.user_id = users.id")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(POSTS).leftJoin(POSTS.AUTHOR))
                .sqlite("SELECT users.name FROM posts LEFT JOIN users ON users.id = posts.user_id")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(TAGS.LABEL).from(POSTS).join(POSTS.TAGS))
                .sqlite("""
                SELECT tags.label FROM posts JOIN post_tags ON post_tags.post_id = posts.id
                JOIN tags ON tags.id = post_tags.tag_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void selfJoinThroughAlias() {
        {
            Employees m = EMPLOYEES.as("m");
            golden(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).join(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)))
                    .sqlite("""
                    SELECT employees.name, m.name FROM employees JOIN employees m ON
                    employees.manager_id = m.id""")
                    .mysql(SAME)
                    .postgres(SAME)
                    .check();
        }
        {
            Employees m = EMPLOYEES.as("m");
            golden(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).leftJoin(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)))
                    .sqlite("""
                    SELECT employees.name, m.name FROM employees LEFT JOIN employees m ON
                    employees.manager_id = m.id""")
                    .mysql(SAME)
                    .postgres(SAME)
                    .check();
        }
    }

    @Test
    void subqueries() {
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS))
                .and(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID))))))
                .sqlite("""
                SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM
                posts) AND EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, select(count()).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asField())
                .from(USERS))
                .sqlite("""
                SELECT users.name, (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id)
                FROM users""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS)
                .where(POSTS.LIKES.gt(10)))))
                .sqlite("""
                SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM
                posts WHERE posts.likes > ?)""", 10)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.notIn(select(POSTS.USER_ID).from(POSTS))))
                .sqlite("""
                SELECT users.name FROM users WHERE users.id NOT IN (SELECT posts.user_id FROM
                posts)""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(exists(select(POSTS.ID).from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID))).and(notExists(selectOne().from(TAGS)))))
                .sqlite("""
                SELECT users.name FROM users WHERE EXISTS (SELECT posts.id FROM posts WHERE
                posts.user_id = users.id) AND NOT EXISTS (SELECT 1 FROM tags)""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS)
                .where(POSTS.LIKES.gt(5)))))
                .sqlite("""
                SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM
                posts WHERE posts.likes > ?)""", 5)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(exists(selectOne().from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)))))
                .sqlite("""
                SELECT users.name FROM users WHERE EXISTS (SELECT 1 FROM posts WHERE
                posts.user_id = users.id)""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(notExists(selectOne().from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)))))
                .sqlite("""
                SELECT users.name FROM users WHERE NOT EXISTS (SELECT 1 FROM posts WHERE
                posts.user_id = users.id)""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void fullJoinIsUnsupported() {
        var q = select(USERS.NAME, POSTS.TITLE).from(USERS).fullJoin(POSTS).onKey();
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(MYSQL));
        assertEquals("FULL JOIN", e.feature());
        assertEquals("MySQL", e.dialect());
        assertEquals("MariaDB", assertThrows(UnsupportedFeatureException.class, () -> q.toSql(MARIADB)).dialect());
    }

    @Test
    void joinsAlongRelationships() {
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).join(USERS.POSTS))
                .sqlite("""
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.TITLE, USERS.NAME).from(POSTS).join(POSTS.AUTHOR))
                .sqlite("""
                SELECT posts.title, users.name FROM posts JOIN users ON users.id =
                posts.user_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.TITLE, TAGS.LABEL).from(POSTS).leftJoin(POSTS.TAGS))
                .sqlite("""
                SELECT posts.title, tags.label FROM posts LEFT JOIN post_tags ON
                post_tags.post_id = posts.id LEFT JOIN tags ON tags.id = post_tags.tag_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void onKey() {
        golden(select(USERS.NAME, POSTS.TITLE).from(POSTS).join(USERS).onKey())
                .sqlite("""
                SELECT users.name, posts.title FROM posts JOIN users ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void joinAlongRelationships() {
        golden(select(USERS.NAME, POSTS.TITLE).from(USERS).join(USERS.POSTS))
                .sqlite("""
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id =
                users.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.TITLE, USERS.NAME).from(POSTS).join(POSTS.AUTHOR))
                .sqlite("""
                SELECT posts.title, users.name FROM posts JOIN users ON users.id =
                posts.user_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.TITLE, TAGS.LABEL).from(POSTS).join(POSTS.TAGS))
                .sqlite("""
                SELECT posts.title, tags.label FROM posts JOIN post_tags ON post_tags.post_id
                = posts.id JOIN tags ON tags.id = post_tags.tag_id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void selfJoinThroughAnAlias() {
        Employees m = EMPLOYEES.as("m");
        golden(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).join(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)))
                .sqlite("""
                SELECT employees.name, m.name FROM employees JOIN employees m ON
                employees.manager_id = m.id""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
