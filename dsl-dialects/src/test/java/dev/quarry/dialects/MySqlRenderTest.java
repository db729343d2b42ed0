package dev.quarry.dialects;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.countDistinct;
import static dev.quarry.Sql.currentDate;
import static dev.quarry.Sql.currentTimestamp;
import static dev.quarry.Sql.day;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.lower;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.month;
import static dev.quarry.Sql.notExists;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.upper;
import static dev.quarry.Sql.val;
import static dev.quarry.Sql.year;
import static dev.quarry.dialects.SqlAssert.assertSql;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.PostTags.POST_TAGS;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Param;
import dev.quarry.SqlType;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.dialects.fixtures.AllTypes;
import dev.quarry.dialects.fixtures.Db;
import dev.quarry.dialects.fixtures.Employees;
import dev.quarry.dialects.mysql.MySqlDialect;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of every node and hook on MySQL 8 ({@link Dialects#MYSQL}) and, where it differs, MariaDB. */
class MySqlRenderTest {
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);
    private static final Dialect MARIADB_105 = MySqlDialect.mariaDb(10, 5);

    // ---- dialect values -----------------------------------------------------------------------------

    @Test
    void foundByUrlAndByProduct() {
        assertEquals(MYSQL, DialectLookup.forUrl("jdbc:mysql://localhost:3306/app"));
        assertEquals(MYSQL, DialectLookup.forUrl("jdbc:mariadb://localhost/app"));
        assertTrue(MYSQL.acceptsProduct("MySQL"));
        assertTrue(MYSQL.acceptsProduct("MariaDB"));
        assertFalse(MYSQL.acceptsUrl("jdbc:postgresql://localhost/app"));
    }

    @Test
    void versionDecidesCapabilities() {
        MySqlDialect maria = MySqlDialect.forVersion("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1");
        assertSame(MARIADB, maria);
        assertEquals("MariaDB", maria.name());
        assertTrue(maria.supports(Capability.RETURNING));
        assertFalse(maria.supports(Capability.RETURNING_ON_UPDATE));
        assertTrue(maria.supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertFalse(MARIADB_105.supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertSame(MARIADB, MySqlDialect.forVersion("MariaDB", "11.4.2-MariaDB"));

        MySqlDialect mysql = MySqlDialect.forVersion("MySQL", "8.0.36");
        assertSame(MYSQL, mysql);
        assertEquals("MySQL", mysql.name());
        assertFalse(mysql.supports(Capability.RETURNING));
        assertTrue(mysql.supports(Capability.GENERATED_KEYS));
        assertFalse(mysql.supports(Capability.FULL_JOIN));
        assertFalse(mysql.supports(Capability.NULLS_ORDER));
        assertFalse(MySqlDialect.forVersion("MySQL", "5.7.44").supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertNotSame(MYSQL, new MySqlDialect());
        assertEquals(MYSQL, new MySqlDialect());
        assertEquals(Integer.MIN_VALUE, MYSQL.streamFetchSize());
        assertEquals("UTC", MYSQL.connectionProperties().get("connectionTimeZone"));
    }

    // ---- select ---------------------------------------------------------------------------------------

    @Test
    void selectAllColumns() {
        assertSql(USERS.select(), MYSQL, """
                SELECT users.id, users.name, users.email, users.created_at FROM users""");
    }

    @Test
    void comparisons() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.NAME.eq("John").and(USERS.NAME.ne("Jo"))), MYSQL, """
                SELECT users.id FROM users WHERE users.name = ? AND users.name <> ?""", "John", "Jo");
        assertSql(select(USERS.ID).from(USERS).where(USERS.EMAIL.eq((String) null).or(USERS.EMAIL.ne((String) null))),
                MYSQL, """
                SELECT users.id FROM users WHERE users.email IS NULL OR users.email IS NOT NULL""");
        assertSql(select(USERS.ID).from(USERS)
                .where(USERS.ID.lt(5L).and(USERS.ID.le(6L)).and(USERS.ID.gt(1L)).and(USERS.ID.ge(2L))), MYSQL, """
                SELECT users.id FROM users WHERE users.id < ? AND users.id <= ? AND users.id > ? AND users.id >= ?""",
                5L, 6L, 1L, 2L);
        assertSql(select(USERS.ID).from(USERS).where(USERS.NAME.isNull().or(USERS.NAME.isNotNull())), MYSQL, """
                SELECT users.id FROM users WHERE users.name IS NULL OR users.name IS NOT NULL""");
    }

    @Test
    void inAndBetween() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.in(1L, 2L).and(USERS.ID.notIn(3L))), MYSQL, """
                SELECT users.id FROM users WHERE users.id IN (?, ?) AND users.id NOT IN (?)""", 1L, 2L, 3L);
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.in(List.of())), MYSQL, """
                SELECT users.id FROM users WHERE 1 = 0""");
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.notIn(List.of())), MYSQL, """
                SELECT users.id FROM users WHERE 1 = 1""");
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.between(1L, 9L)), MYSQL, """
                SELECT users.id FROM users WHERE users.id BETWEEN ? AND ?""", 1L, 9L);
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.notBetween(1L, 9L)), MYSQL, """
                SELECT users.id FROM users WHERE users.id NOT BETWEEN ? AND ?""", 1L, 9L);
    }

    @Test
    void like() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.EMAIL.like("%@x.io").and(USERS.NAME.notLike("A%"))), MYSQL,
                """
                SELECT users.id FROM users WHERE users.email LIKE ? AND users.name NOT LIKE ?""", "%@x.io", "A%");
        assertSql(select(USERS.ID).from(USERS).where(USERS.NAME.likeIgnoreCase("an%")), MYSQL, """
                SELECT users.id FROM users WHERE LOWER(users.name) LIKE LOWER(?)""", "an%");
    }

    @Test
    void andOrNot() {
        assertSql(select(USERS.ID).from(USERS)
                .where(USERS.ID.eq(1L).or(USERS.ID.eq(2L)).and(USERS.NAME.eq("a").not())), MYSQL, """
                SELECT users.id FROM users WHERE (users.id = ? OR users.id = ?) AND NOT (users.name = ?)""",
                1L, 2L, "a");
    }

    @Test
    void arithmeticAndDivision() {
        assertSql(select(POSTS.LIKES.add(1), POSTS.LIKES.sub(2), POSTS.LIKES.mul(3), POSTS.LIKES.neg()).from(POSTS),
                MYSQL, """
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (-posts.likes) FROM posts""", 1, 2, 3);
        assertSql(select(POSTS.LIKES.div(2), POSTS.LIKES.div(POSTS.ID)).from(POSTS), MYSQL, """
                SELECT (posts.likes DIV ?), (posts.likes DIV posts.id) FROM posts""", 2);
        assertSql(select(EMPLOYEES.SALARY.div(2), POSTS.LIKES.div(2.5)).from(EMPLOYEES, POSTS), MYSQL, """
                SELECT (employees.salary / ?), (posts.likes / ?) FROM employees, posts""", 2, 2.5);
    }

    @Test
    void aggregatesGroupByHaving() {
        assertSql(select(USERS.NAME, count(), count(POSTS.ID), countDistinct(POSTS.TITLE)).from(USERS)
                .leftJoin(POSTS).onKey().groupBy(USERS.NAME).having(count(POSTS.ID).gt(1L)), MYSQL, """
                SELECT users.name, COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.title) FROM users
                LEFT JOIN posts ON posts.user_id = users.id GROUP BY users.name HAVING COUNT(posts.id) > ?""", 1L);
        assertSql(select(sum(EMPLOYEES.SALARY), avg(EMPLOYEES.SALARY), min(EMPLOYEES.NAME), max(EMPLOYEES.SALARY))
                .from(EMPLOYEES), MYSQL, """
                SELECT SUM(employees.salary), AVG(employees.salary), MIN(employees.name), MAX(employees.salary)
                FROM employees""");
    }

    @Test
    void orderByWithEmulatedNulls() {
        assertSql(select(USERS.ID).from(USERS).orderBy(USERS.NAME.asc(), USERS.ID.desc()), MYSQL, """
                SELECT users.id FROM users ORDER BY users.name, users.id DESC""");
        assertSql(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.asc().nullsFirst()), MYSQL, """
                SELECT users.id FROM users ORDER BY users.email IS NULL DESC, users.email""");
        assertSql(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.asc().nullsLast()), MYSQL, """
                SELECT users.id FROM users ORDER BY users.email IS NULL, users.email""");
        assertSql(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.desc().nullsFirst()), MYSQL, """
                SELECT users.id FROM users ORDER BY users.email IS NULL DESC, users.email DESC""");
        assertSql(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.desc().nullsLast()), MYSQL, """
                SELECT users.id FROM users ORDER BY users.email IS NULL, users.email DESC""");
        assertSql(select(USERS.ID).from(USERS).orderBy(count(POSTS.ID).desc().nullsLast()), MARIADB, """
                SELECT users.id FROM users ORDER BY COUNT(posts.id) IS NULL, COUNT(posts.id) DESC""");
    }

    @Test
    void limitAndOffset() {
        assertSql(select(USERS.ID).from(USERS).limit(10), MYSQL, """
                SELECT users.id FROM users LIMIT ?""", 10L);
        assertSql(select(USERS.ID).from(USERS).offset(20), MYSQL, """
                SELECT users.id FROM users LIMIT 18446744073709551615 OFFSET ?""", 20L);
        assertSql(select(USERS.ID).from(USERS).limit(10).offset(20), MYSQL, """
                SELECT users.id FROM users LIMIT ? OFFSET ?""", 10L, 20L);
        Param<Long> page = param("page", Long.class);
        assertSql(select(USERS.ID).from(USERS).limit(page), MYSQL, """
                SELECT users.id FROM users LIMIT ?""", page);
    }

    @Test
    void distinctAndSelectOne() {
        assertSql(selectDistinct(USERS.NAME).from(USERS), MYSQL, """
                SELECT DISTINCT users.name FROM users""");
        assertSql(select(USERS.NAME).from(USERS).distinct(), MYSQL, """
                SELECT DISTINCT users.name FROM users""");
        assertSql(selectOne(), MYSQL, "SELECT 1");
    }

    // ---- joins ----------------------------------------------------------------------------------------

    @Test
    void joins() {
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), MYSQL, """
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).innerJoin(POSTS).onKey(), MYSQL, """
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(POSTS).onKey(), MYSQL, """
                SELECT users.name, posts.title FROM users LEFT JOIN posts ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(POSTS).rightJoin(USERS).onKey(), MYSQL, """
                SELECT users.name, posts.title FROM posts RIGHT JOIN users ON posts.user_id = users.id""");
        assertSql(select(USERS.NAME, TAGS.LABEL).from(USERS).crossJoin(TAGS), MYSQL, """
                SELECT users.name, tags.label FROM users CROSS JOIN tags""");
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
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).join(USERS.POSTS), MYSQL, """
                SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id""");
        assertSql(select(POSTS.TITLE, USERS.NAME).from(POSTS).join(POSTS.AUTHOR), MYSQL, """
                SELECT posts.title, users.name FROM posts JOIN users ON users.id = posts.user_id""");
        assertSql(select(POSTS.TITLE, TAGS.LABEL).from(POSTS).leftJoin(POSTS.TAGS), MYSQL, """
                SELECT posts.title, tags.label FROM posts LEFT JOIN post_tags ON post_tags.post_id = posts.id
                LEFT JOIN tags ON tags.id = post_tags.tag_id""");
    }

    @Test
    void selfJoinThroughAlias() {
        Employees m = EMPLOYEES.as("m");
        assertSql(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).leftJoin(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)), MYSQL,
                """
                SELECT employees.name, m.name FROM employees LEFT JOIN employees m ON employees.manager_id = m.id""");
    }

    // ---- subqueries -----------------------------------------------------------------------------------

    @Test
    void subqueries() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS)
                .where(POSTS.LIKES.gt(10)))), MYSQL, """
                SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM posts WHERE posts.likes > ?)""",
                10);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.notIn(select(POSTS.USER_ID).from(POSTS))), MYSQL, """
                SELECT users.name FROM users WHERE users.id NOT IN (SELECT posts.user_id FROM posts)""");
        assertSql(select(USERS.NAME).from(USERS).where(exists(select(POSTS.ID).from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID))).and(notExists(selectOne().from(TAGS)))), MYSQL, """
                SELECT users.name FROM users WHERE EXISTS (SELECT posts.id FROM posts WHERE posts.user_id = users.id)
                AND NOT EXISTS (SELECT 1 FROM tags)""");
        assertSql(select(USERS.NAME, select(count()).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asField())
                .from(USERS), MYSQL, """
                SELECT users.name, (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id) FROM users""");
    }

    // ---- insert ---------------------------------------------------------------------------------------

    @Test
    void insertSetValuesAndSelect() {
        assertSql(USERS.insert().set(USERS.NAME, "John").set(USERS.EMAIL, "j@x.io"), MYSQL, """
                INSERT INTO users (name, email) VALUES (?, ?)""", "John", "j@x.io");
        assertSql(USERS.insert(USERS.NAME, USERS.EMAIL).values("a", "a@x").values("b", "b@x"), MYSQL, """
                INSERT INTO users (name, email) VALUES (?, ?), (?, ?)""", "a", "a@x", "b", "b@x");
        assertSql(TAGS.insert(TAGS.LABEL).select(select(USERS.NAME).from(USERS).where(USERS.ID.gt(3L))), MYSQL, """
                INSERT INTO tags (label) SELECT users.name FROM users WHERE users.id > ?""", 3L);
        assertSql(TAGS.insert(), MYSQL, """
                INSERT INTO tags () VALUES ()""");
    }

    record NewUser(Long id, String name, String email) {
    }

    @Test
    void insertFromRecord() {
        assertSql(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")), MYSQL, """
                INSERT INTO users (name, email) VALUES (?, ?)""", "Ann", "ann@x");
    }

    @Test
    void insertReturningOnMySqlReadsTheGeneratedKey() {
        var q = USERS.insert().set(USERS.NAME, "John").returning(USERS.ID);
        assertSql(q, MYSQL, """
                INSERT INTO users (name) VALUES (?)""", "John");
        assertEquals(List.of("id"), q.toSql(MYSQL).generatedKeys());
        var many = USERS.insert(USERS.NAME).values("a").values("b").returning(USERS.ID);
        assertSql(many, MYSQL, """
                INSERT INTO users (name) VALUES (?), (?)""", "a", "b");
        assertEquals(List.of("id"), many.toSql(MYSQL).generatedKeys());
    }

    @Test
    void insertReturningOnMariaDb() {
        var q = USERS.insert().set(USERS.NAME, "John").returning(USERS.ID, USERS.CREATED);
        assertSql(q, MARIADB, """
                INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at""", "John");
        assertTrue(q.toSql(MARIADB).generatedKeys().isEmpty());
        assertSql(q, MARIADB_105, """
                INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at""", "John");
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
        assertSql(USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.ID, USERS.NAME), MARIADB, """
                DELETE FROM users WHERE users.id = ? RETURNING users.id, users.name""", 1L);
    }

    @Test
    void upsert() {
        assertSql(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)), MYSQL, """
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)""",
                "Ann", "a@x");
        assertSql(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, "fixed"), MARIADB, """
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = ?""",
                "Ann", "a@x", "fixed");
        assertSql(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x").onConflict(USERS.EMAIL).doNothing(),
                MYSQL, """
                INSERT INTO users (name, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = id""", "Ann", "a@x");
        assertSql(POST_TAGS.insert().set(POST_TAGS.POST_ID, 1L).set(POST_TAGS.TAG_ID, 2).onConflictDoNothing(), MYSQL,
                """
                INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE post_id = post_id""",
                1L, 2);
    }

    // ---- update and delete ----------------------------------------------------------------------------

    @Test
    void updateAndDelete() {
        assertSql(USERS.update().set(USERS.NAME, "Jo").set(USERS.EMAIL, USERS.NAME).where(USERS.ID.eq(7L)), MYSQL, """
                UPDATE users SET name = ?, email = users.name WHERE users.id = ?""", "Jo", 7L);
        assertSql(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).whereAll(), MYSQL, """
                UPDATE posts SET likes = (posts.likes + ?)""", 1);
        assertSql(USERS.delete().where(USERS.ID.eq(7L)), MYSQL, """
                DELETE FROM users WHERE users.id = ?""", 7L);
        assertSql(USERS.delete().whereAll(), MYSQL, """
                DELETE FROM users""");
    }

    @Test
    void updateOrDeleteWithoutWhereIsUnsafe() {
        assertThrows(UnsafeStatementException.class, () -> USERS.update().set(USERS.NAME, "x").toSql(MYSQL));
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().toSql(MYSQL));
    }

    // ---- locking --------------------------------------------------------------------------------------

    @Test
    void forUpdateAndSkipLocked() {
        assertSql(select(USERS.ID).from(USERS).where(USERS.ID.eq(1L)).forUpdate(), MYSQL, """
                SELECT users.id FROM users WHERE users.id = ? FOR UPDATE""", 1L);
        assertSql(select(USERS.ID).from(USERS).limit(1).forUpdate().skipLocked(), MYSQL, """
                SELECT users.id FROM users LIMIT ? FOR UPDATE SKIP LOCKED""", 1L);
        assertSql(select(USERS.ID).from(USERS).forUpdate().skipLocked(), MARIADB, """
                SELECT users.id FROM users FOR UPDATE SKIP LOCKED""");
        var q = select(USERS.ID).from(USERS).forUpdate().skipLocked();
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(MARIADB_105));
        assertEquals("FOR UPDATE SKIP LOCKED", e.feature());
    }

    // ---- functions ------------------------------------------------------------------------------------

    @Test
    void stringFunctions() {
        assertSql(select(concat(USERS.NAME, val(" <"), USERS.EMAIL, val(">"))).from(USERS), MYSQL, """
                SELECT CONCAT(users.name, ?, users.email, ?) FROM users""", " <", ">");
        assertSql(select(substring(USERS.NAME, 2, 3), length(USERS.NAME), lower(USERS.NAME), upper(USERS.NAME))
                .from(USERS), MYSQL, """
                SELECT SUBSTRING(users.name, ?, ?), CHAR_LENGTH(users.name), LOWER(users.name), UPPER(users.name)
                FROM users""", 2, 3);
        assertSql(select(coalesce(USERS.EMAIL, "none"), coalesce(USERS.EMAIL, USERS.NAME)).from(USERS), MYSQL, """
                SELECT COALESCE(users.email, ?), COALESCE(users.email, users.name) FROM users""", "none");
    }

    @Test
    void dateFunctions() {
        assertSql(select(year(USERS.CREATED), month(USERS.CREATED), day(ALL_TYPES.DAY)).from(USERS, ALL_TYPES), MYSQL,
                """
                SELECT YEAR(users.created_at), MONTH(users.created_at), DAY(all_types.day) FROM users, all_types""");
        assertSql(select(currentDate(), currentTimestamp()), MYSQL, """
                SELECT CURRENT_DATE, UTC_TIMESTAMP(6)""");
        assertSql(select(USERS.ID).from(USERS).where(ALL_TYPES.DAY.lt(LocalDate.of(2024, 1, 2))), MYSQL, """
                SELECT users.id FROM users WHERE all_types.day < ?""", LocalDate.of(2024, 1, 2));
    }

    @Test
    void castTypeNames() {
        assertSql(select(cast(USERS.NAME, SqlType.BIGINT), cast(USERS.ID, SqlType.varchar(20)),
                cast(USERS.NAME, SqlType.decimal(10, 2)), cast(USERS.NAME, SqlType.TIMESTAMP),
                cast(USERS.NAME, SqlType.TIMESTAMPTZ_INSTANT), cast(USERS.NAME, SqlType.DATE),
                cast(USERS.NAME, SqlType.TIME), cast(USERS.ID, SqlType.TEXT), cast(USERS.NAME, SqlType.DOUBLE),
                cast(USERS.NAME, SqlType.INTEGER)).from(USERS), MYSQL, """
                SELECT CAST(users.name AS SIGNED), CAST(users.id AS CHAR(20)), CAST(users.name AS DECIMAL(10, 2)),
                CAST(users.name AS DATETIME(6)), CAST(users.name AS DATETIME(6)), CAST(users.name AS DATE),
                CAST(users.name AS TIME(6)), CAST(users.id AS CHAR), CAST(users.name AS DOUBLE),
                CAST(users.name AS SIGNED) FROM users""");
        assertSql(select(cast(USERS.NAME, SqlType.JSON), cast(USERS.NAME, SqlType.UUID), cast(USERS.NAME, SqlType.BLOB))
                .from(USERS), MYSQL, """
                SELECT CAST(users.name AS JSON), CAST(users.name AS CHAR(36)), CAST(users.name AS BINARY) FROM users""");
        assertSql(select(cast(USERS.NAME, SqlType.REAL), cast(USERS.ID, SqlType.BOOLEAN)).from(USERS), MYSQL, """
                SELECT CAST(users.name AS DOUBLE), CAST(users.id AS SIGNED) FROM users""");
        assertSql(select(cast(USERS.NAME, SqlType.JSON)).from(USERS), MARIADB, """
                SELECT CAST(users.name AS CHAR) FROM users""");
    }

    @Test
    void caseRawAndLiterals() {
        assertSql(select(caseWhen(POSTS.LIKES.gt(10), "hot").when(POSTS.LIKES.gt(0), "warm").otherwise("cold"))
                .from(POSTS), MYSQL, """
                SELECT CASE WHEN posts.likes > ? THEN ? WHEN posts.likes > ? THEN ? ELSE ? END FROM posts""",
                10, "hot", 0, "warm", "cold");
        assertSql(select(raw(SqlType.INTEGER, "DATEDIFF(?, users.created_at)", LocalDate.of(2024, 1, 1)))
                .from(USERS).where(rawCondition("users.name REGEXP ?", "^A")), MYSQL, """
                SELECT DATEDIFF(?, users.created_at) FROM users WHERE (users.name REGEXP ?)""",
                LocalDate.of(2024, 1, 1), "^A");
        assertSql(select(inline(true), inline(false), inline("it's a \\ path"), inline(3)), MYSQL, """
                SELECT TRUE, FALSE, _utf8mb4 X'697427732061205C2070617468', 3""");
    }

    // ---- quoting --------------------------------------------------------------------------------------

    @Test
    void quotingOfReservedAndMixedCaseNames() {
        AllTypes t = ALL_TYPES.as("select");
        assertSql(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER, ALL_TYPES.DEC, ALL_TYPES.DAY).from(ALL_TYPES)
                .orderBy(ALL_TYPES.ORDER.asc()), MYSQL, """
                SELECT all_types.`MixedCase`, all_types.`order`, all_types.`dec`, all_types.day FROM all_types
                ORDER BY all_types.`order`""");
        assertSql(select(t.ORDER).from(t), MYSQL, """
                SELECT `select`.`order` FROM all_types `select`""");
        assertSql(ALL_TYPES.insert().set(ALL_TYPES.ID, 1L).set(ALL_TYPES.MIXED, "x").set(ALL_TYPES.ORDER, "y"), MYSQL,
                """
                INSERT INTO all_types (id, `MixedCase`, `order`) VALUES (?, ?, ?)""", 1L, "x", "y");
        assertSql(select(ALL_TYPES.ID.as("weird`name")).from(ALL_TYPES), MYSQL, """
                SELECT all_types.id AS `weird``name` FROM all_types""");
    }

    // ---- DDL ------------------------------------------------------------------------------------------

    @Test
    void fullDdl() {
        List<String> ddl = Db.METADATA.ddl(MYSQL);
        String options = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
        assertEquals(List.of(
                "CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                        + "email VARCHAR(255) UNIQUE, created_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)))"
                        + options,
                "CREATE TABLE posts (id BIGINT AUTO_INCREMENT PRIMARY KEY, user_id BIGINT NOT NULL, "
                        + "title LONGTEXT NOT NULL, likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id "
                        + "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)" + options,
                "CREATE TABLE tags (id INTEGER AUTO_INCREMENT PRIMARY KEY, label VARCHAR(30) NOT NULL UNIQUE)" + options,
                "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, "
                        + "PRIMARY KEY (post_id, tag_id), CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) "
                        + "REFERENCES posts (id), CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) "
                        + "REFERENCES tags (id))" + options,
                "CREATE TABLE employees (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                        + "salary DECIMAL(10, 2), manager_id BIGINT, CONSTRAINT fk_employees_manager_id "
                        + "FOREIGN KEY (manager_id) REFERENCES employees (id), "
                        + "CONSTRAINT ck_salary_positive CHECK (salary > 0))" + options,
                "CREATE INDEX ix_employees_name ON employees (name)",
                "CREATE TABLE all_types (id BIGINT PRIMARY KEY, small SMALLINT, int_value INTEGER, big BIGINT, "
                        + "real_value DOUBLE, dbl DOUBLE, `dec` DECIMAL(20, 6), flag TINYINT(1), vc VARCHAR(100), "
                        + "ch CHAR(3), txt LONGTEXT, day DATE, time_value TIME(6), ts DATETIME(6), "
                        + "tstz DATETIME(6), instant DATETIME(6), bytes LONGBLOB, uuid CHAR(36), doc JSON, "
                        + "mood VARCHAR(5), `MixedCase` VARCHAR(10), `order` VARCHAR(10))" + options)
                .stream().sorted().toList(), ddl.stream().sorted().toList());
        // the order between unrelated tables follows class initialisation; referenced tables come first
        assertTrue(position(ddl, "users") < position(ddl, "posts"));
        assertTrue(position(ddl, "posts") < position(ddl, "post_tags"));
        assertTrue(position(ddl, "tags") < position(ddl, "post_tags"));
        assertEquals(position(ddl, "employees") + 1, ddl.indexOf("CREATE INDEX ix_employees_name ON employees (name)"));
    }

    private static int position(List<String> ddl, String table) {
        for (int i = 0; i < ddl.size(); i++) {
            if (ddl.get(i).startsWith("CREATE TABLE " + table + " (")) {
                return i;
            }
        }
        throw new AssertionError("no CREATE TABLE " + table + " in " + ddl);
    }

    @Test
    void ddlHooks() {
        var fk = POSTS.foreignKeys().get(0);
        assertEquals("ALTER TABLE posts DROP FOREIGN KEY fk_posts_user_id", MYSQL.ddlRenderer().dropForeignKey(fk));
        assertEquals("ALTER TABLE posts ADD CONSTRAINT fk_posts_user_id FOREIGN KEY (user_id) REFERENCES users (id) "
                + "ON DELETE CASCADE", MYSQL.ddlRenderer().addForeignKey(fk));
        assertEquals("DROP TABLE all_types", MYSQL.ddlRenderer().dropTable(ALL_TYPES));
        assertEquals(Db.METADATA.ddl(MYSQL), Db.METADATA.ddl(MARIADB));
        assertTrue(Db.METADATA.ddl(MYSQL).get(0).contains("DEFAULT (UTC_TIMESTAMP(6))"));
    }
}
