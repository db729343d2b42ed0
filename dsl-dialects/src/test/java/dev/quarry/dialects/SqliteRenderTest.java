package dev.quarry.dialects;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.countDistinct;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.lower;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.val;
import static dev.quarry.Sql.year;
import static dev.quarry.dialects.SqlAssert.assertSql;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Param;
import dev.quarry.SqlType;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.dialects.fixtures.Db;
import dev.quarry.dialects.fixtures.Employees;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of every feature for SQLite. */
class SqliteRenderTest {
    private static final Dialect D = Dialects.SQLITE;

    /** A record for insertFrom. */
    record NewUser(Long id, String name, String email) {
    }

    @Test
    void isFoundByUrl() {
        assertEquals(D, DialectLookup.forUrl("jdbc:sqlite:app.db"));
    }

    @Test
    void selectAllColumns() {
        assertSql(USERS.select().where(USERS.NAME.eq("John")), D, """
                SELECT users.id, users.name, users.email, users.created_at FROM users WHERE users.name = ?""", "John");
    }

    @Test
    void comparisonsAndNullRule() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.EMAIL.eq((String) null).or(USERS.NAME.ne((String) null))), D, """
                SELECT users.id FROM users WHERE users.email IS NULL OR users.name IS NOT NULL""");
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.lt(5L).and(USERS.ID.ge(1L)).and(USERS.ID.ne(3L))), D, """
                SELECT users.id FROM users WHERE users.id < ? AND users.id >= ? AND users.id <> ?""", 5L, 1L, 3L);
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.between(1L, 9L).and(USERS.ID.notBetween(4L, 5L))), D, """
                SELECT users.id FROM users WHERE users.id BETWEEN ? AND ? AND users.id NOT BETWEEN ? AND ?""",
                1L, 9L, 4L, 5L);
    }

    @Test
    void inListsIncludingEmpty() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.in(1L, 2L)), D, """
                SELECT users.id FROM users WHERE users.id IN (?, ?)""", 1L, 2L);
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.in(List.of())), D, """
                SELECT users.id FROM users WHERE 1 = 0""");
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.notIn(List.of())), D, """
                SELECT users.id FROM users WHERE 1 = 1""");
    }

    @Test
    void likeAndLogic() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.NAME.like("J%").and(USERS.NAME.notLike("%x"))
                .or(USERS.EMAIL.likeIgnoreCase("%@EXAMPLE.COM").not())), D, """
                SELECT users.id FROM users WHERE (users.name LIKE ? AND users.name NOT LIKE ?)
                OR NOT (LOWER(users.email) LIKE LOWER(?))""", "J%", "%x", "%@EXAMPLE.COM");
    }

    @Test
    void arithmetic() {
        assertSql(select(POSTS.LIKES.add(1).mul(2), POSTS.LIKES.div(3), POSTS.LIKES.sub(POSTS.LIKES).neg()).from(POSTS), D, """
                SELECT ((posts.likes + ?) * ?), (posts.likes / ?), (-(posts.likes - posts.likes)) FROM posts""", 1, 2, 3);
    }

    @Test
    void aggregatesGroupByHaving() {
        assertSql(select(USERS.NAME, count(), count(POSTS.ID), countDistinct(POSTS.TITLE), sum(POSTS.LIKES),
                avg(POSTS.LIKES), min(POSTS.LIKES), max(POSTS.LIKES)).from(USERS).leftJoin(POSTS).onKey()
                .groupBy(USERS.NAME).having(count(POSTS.ID).gt(1L)), D, """
                SELECT users.name, COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.title), SUM(posts.likes),
                AVG(posts.likes), MIN(posts.likes), MAX(posts.likes) FROM users
                LEFT JOIN posts ON posts.user_id = users.id GROUP BY users.name HAVING COUNT(posts.id) > ?""", 1L);
    }

    @Test
    void decimalsCompareAndSortAsNumbers() {
        assertSql(select(EMPLOYEES.NAME).from(EMPLOYEES).where(EMPLOYEES.SALARY.gt(new BigDecimal("10.5")))
                .orderBy(EMPLOYEES.SALARY.desc()), D, """
                SELECT employees.name FROM employees WHERE CAST(employees.salary AS REAL) > CAST(? AS REAL)
                ORDER BY CAST(employees.salary AS REAL) DESC""", new BigDecimal("10.5"));
    }

    @Test
    void orderByNullsLimitOffset() {
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc().nullsFirst(), USERS.ID.desc().nullsLast());
        assertSql(q, D, """
                SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC NULLS LAST""");
        assertSql(q.limit(10), D, "SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC NULLS LAST LIMIT ?", 10L);
        assertSql(select(USERS.NAME).from(USERS).limit(10).offset(20), D, """
                SELECT users.name FROM users LIMIT ? OFFSET ?""", 10L, 20L);
        assertSql(select(USERS.NAME).from(USERS).offset(20), D, """
                SELECT users.name FROM users LIMIT -1 OFFSET ?""", 20L);
        assertSql(select(USERS.NAME).from(USERS).limit(dev.quarry.Sql.inline(5L)), D, """
                SELECT users.name FROM users LIMIT 5""");
    }

    @Test
    void distinct() {
        assertSql(selectDistinct(USERS.NAME).from(USERS), D, "SELECT DISTINCT users.name FROM users");
        assertSql(select(USERS.NAME).from(USERS).distinct(), D, "SELECT DISTINCT users.name FROM users");
    }

    @Test
    void joins() {
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), D, """
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME).from(POSTS).rightJoin(USERS).onKey(), D, """
                SELECT users.name FROM posts RIGHT JOIN users ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME).from(USERS).fullJoin(POSTS).onKey(), D, """
                SELECT users.name FROM users FULL JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME).from(USERS).crossJoin(TAGS), D, """
                SELECT users.name FROM users CROSS JOIN tags""");
    }

    @Test
    void relationshipJoins() {
        assertSql(select(USERS.NAME).from(USERS).join(USERS.POSTS), D, """
                SELECT users.name FROM users JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME).from(POSTS).leftJoin(POSTS.AUTHOR), D, """
                SELECT users.name FROM posts LEFT JOIN users ON users.id = posts.user_id""");
        assertSql(select(TAGS.LABEL).from(POSTS).join(POSTS.TAGS), D, """
                SELECT tags.label FROM posts JOIN post_tags ON post_tags.post_id = posts.id
                JOIN tags ON tags.id = post_tags.tag_id""");
    }

    @Test
    void selfJoinThroughAlias() {
        Employees m = EMPLOYEES.as("m");
        assertSql(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).join(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)), D, """
                SELECT employees.name, m.name FROM employees JOIN employees m ON employees.manager_id = m.id""");
    }

    @Test
    void subqueries() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS))
                .and(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID))))), D, """
                SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM posts)
                AND EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)""");
        assertSql(select(USERS.NAME, select(count()).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asField())
                .from(USERS), D, """
                SELECT users.name, (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id) FROM users""");
    }

    @Test
    void functions() {
        assertSql(select(lower(USERS.NAME), length(USERS.NAME), concat(USERS.NAME, val("!")), substring(USERS.NAME, 1, 2),
                coalesce(USERS.EMAIL, "none"), year(USERS.CREATED), cast(USERS.ID, SqlType.TEXT),
                caseWhen(USERS.ID.gt(1L), "big").otherwise("small")).from(USERS), D, """
                SELECT LOWER(users.name), LENGTH(users.name), (users.name || ?), SUBSTR(users.name, ?, ?),
                COALESCE(users.email, ?), CAST(STRFTIME('%Y', users.created_at) AS INTEGER), CAST(users.id AS TEXT),
                CASE WHEN users.id > ? THEN ? ELSE ? END FROM users""", "!", 1, 2, "none", 1L, "big", "small");
        assertSql(select(raw(SqlType.INTEGER, "abs(?)", -3)).from(USERS).where(rawCondition("users.id > ?", 2)), D, """
                SELECT abs(?) FROM users WHERE (users.id > ?)""", -3, 2);
        assertSql(select(USERS.NAME.as("who")).from(USERS), D, "SELECT users.name AS who FROM users");
    }

    @Test
    void namedParameters() {
        Param<String> email = param("email", String.class);
        var q = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(email));
        assertSql(q.bind(email, "a@x.io"), D, "SELECT users.name FROM users WHERE users.email = ?", email);
        assertSame(q.toSql(D), q.bind(email, "b@x.io").toSql(D), "a bound copy re-uses the rendered SQL");
    }

    @Test
    void inserts() {
        assertSql(USERS.insert().set(USERS.NAME, "John").set(USERS.EMAIL, "j@x.io").returning(USERS.ID), D, """
                INSERT INTO users (name, email) VALUES (?, ?) RETURNING users.id""", "John", "j@x.io");
        assertSql(TAGS.insert(TAGS.LABEL).values("a").values("b"), D, """
                INSERT INTO tags (label) VALUES (?), (?)""", "a", "b");
        assertSql(TAGS.insert(TAGS.LABEL).select(select(USERS.NAME).from(USERS)), D, """
                INSERT INTO tags (label) SELECT users.name FROM users""");
        assertSql(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")), D, """
                INSERT INTO users (name, email) VALUES (?, ?)""", "Ann", "ann@x");
        assertSql(TAGS.insert(), D, "INSERT INTO tags DEFAULT VALUES");
    }

    @Test
    void upserts() {
        assertSql(USERS.insert().set(USERS.NAME, "x").set(USERS.EMAIL, "e").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)), D, """
                INSERT INTO users (name, email) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name""",
                "x", "e");
        assertSql(USERS.insert().set(USERS.NAME, "x").onConflictDoNothing(), D, """
                INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING""", "x");
    }

    @Test
    void updatesAndDeletes() {
        assertSql(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).set(POSTS.TITLE, "t").where(POSTS.ID.eq(1L)), D, """
                UPDATE posts SET likes = (posts.likes + ?), title = ? WHERE posts.id = ?""", 1, "t", 1L);
        assertSql(POSTS.update().set(POSTS.LIKES, 0).whereAll().returning(POSTS.ID), D, """
                UPDATE posts SET likes = ? RETURNING posts.id""", 0);
        assertSql(POSTS.delete().where(POSTS.ID.eq(1L)), D, "DELETE FROM posts WHERE posts.id = ?", 1L);
        assertSql(POSTS.delete().whereAll(), D, "DELETE FROM posts");
        assertThrows(UnsafeStatementException.class, () -> POSTS.delete().toSql(D));
        assertThrows(UnsafeStatementException.class, () -> POSTS.update().set(POSTS.LIKES, 1).toSql(D));
    }

    @Test
    void rowLocksAreNotSqlite() {
        var e = assertThrows(UnsupportedFeatureException.class,
                () -> select(USERS.ID).from(USERS).forUpdate().toSql(D));
        assertEquals("SQLite", e.dialect());
    }

    @Test
    void quotingOfReservedAndMixedCaseNames() {
        assertSql(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER).from(ALL_TYPES).where(ALL_TYPES.ORDER.eq("x")), D, """
                SELECT all_types."MixedCase", all_types."order" FROM all_types WHERE all_types."order" = ?""", "x");
    }

    @Test
    void ddl() {
        assertEquals(List.of(
                "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name VARCHAR(50) NOT NULL CHECK (length(name) <= 50), "
                        + "email VARCHAR(255) UNIQUE CHECK (length(email) <= 255), "
                        + "created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id BIGINT NOT NULL, title TEXT NOT NULL, "
                        + "likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id FOREIGN KEY (user_id) "
                        + "REFERENCES users (id) ON DELETE CASCADE)",
                "CREATE TABLE employees (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name VARCHAR(100) NOT NULL CHECK (length(name) <= 100), "
                        + "salary DECIMAL_TEXT(10, 2), manager_id BIGINT, CONSTRAINT fk_employees_manager_id FOREIGN KEY "
                        + "(manager_id) REFERENCES employees (id), CONSTRAINT ck_salary_positive CHECK (CAST(salary AS REAL) > CAST(0 AS REAL)))",
                "CREATE INDEX ix_employees_name ON employees (name)",
                "CREATE TABLE tags (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, label VARCHAR(30) NOT NULL UNIQUE CHECK (length(label) <= 30))",
                "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id), "
                        + "CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) REFERENCES posts (id), "
                        + "CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "CREATE TABLE all_types (id BIGINT PRIMARY KEY NOT NULL, small SMALLINT, int_value INTEGER, big BIGINT, real_value REAL, "
                        + "dbl DOUBLE, dec DECIMAL_TEXT(20, 6), flag BOOLEAN, vc VARCHAR(100) CHECK (length(vc) <= 100), ch CHAR(3) CHECK (length(ch) <= 3), txt TEXT, day DATE, "
                        + "time_value TIME, ts TIMESTAMP, tstz TIMESTAMPTZ, instant TIMESTAMPTZ, bytes BLOB, uuid UUID, doc JSON, "
                        + "mood VARCHAR(5) CHECK (length(mood) <= 5), \"MixedCase\" VARCHAR(10) CHECK (length(\"MixedCase\") <= 10), \"order\" VARCHAR(10) CHECK (length(\"order\") <= 10))"),
                Db.METADATA.ddl(D));
    }
}
