package dev.quarry.dialects;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.countDistinct;
import static dev.quarry.Sql.day;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quarry.Param;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.fixtures.AllTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden SQL of SELECT lists, arithmetic, aggregates, parameters, quoted names and binds, dialect by dialect. */
class SelectRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    @Test
    void selectAllColumns() {
        golden(USERS.select().where(USERS.NAME.eq("John")))
                .sqlite("""
                SELECT users.id, users.name, users.email, users.created_at FROM users WHERE
                users.name = ?""", "John")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(USERS.select())
                .sqlite("SELECT users.id, users.name, users.email, users.created_at FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void arithmetic() {
        golden(select(POSTS.LIKES.add(1).mul(2), POSTS.LIKES.div(3), POSTS.LIKES.sub(POSTS.LIKES).neg()).from(POSTS))
                .sqlite("""
                SELECT ((posts.likes + ?) * ?), (posts.likes / ?), (-(posts.likes -
                posts.likes)) FROM posts""", 1, 2, 3)
                .mysql("""
                SELECT ((posts.likes + ?) * ?), (posts.likes DIV ?), (-(posts.likes -
                posts.likes)) FROM posts""", 1, 2, 3)
                .postgres("""
                SELECT ((posts.likes + ?) * ?), (posts.likes / ?), (-(posts.likes -
                posts.likes)) FROM posts""", 1, 2, 3)
                .check();
    }

    @Test
    void aggregatesGroupByHaving() {
        golden(select(USERS.NAME, count(), count(POSTS.ID), countDistinct(POSTS.TITLE), sum(POSTS.LIKES),
                avg(POSTS.LIKES), min(POSTS.LIKES), max(POSTS.LIKES)).from(USERS).leftJoin(POSTS).onKey()
                .groupBy(USERS.NAME).having(count(POSTS.ID).gt(1L)))
                .sqlite("""
                SELECT users.name, COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.title),
                SUM(posts.likes), AVG(posts.likes), MIN(posts.likes), MAX(posts.likes) FROM
                users LEFT JOIN posts ON posts.user_id = users.id GROUP BY users.name HAVING
                COUNT(posts.id) > ?""", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME, count(), count(POSTS.ID), countDistinct(POSTS.TITLE)).from(USERS)
                .leftJoin(POSTS).onKey().groupBy(USERS.NAME).having(count(POSTS.ID).gt(1L)))
                .sqlite("""
                SELECT users.name, COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.title) FROM
                users LEFT JOIN posts ON posts.user_id = users.id GROUP BY users.name HAVING
                COUNT(posts.id) > ?""", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(sum(EMPLOYEES.SALARY), avg(EMPLOYEES.SALARY), min(EMPLOYEES.NAME), max(EMPLOYEES.SALARY))
                .from(EMPLOYEES))
                .sqlite("""
                SELECT SUM(employees.salary), AVG(employees.salary), MIN(employees.name),
                MAX(CAST(employees.salary AS REAL)) FROM employees""")
                .mysql("""
                SELECT SUM(employees.salary), AVG(employees.salary), MIN(employees.name),
                MAX(employees.salary) FROM employees""")
                .postgres(SAME)
                .check();
    }

    @Test
    void decimalsCompareAndSortAsNumbers() {
        golden(select(EMPLOYEES.NAME).from(EMPLOYEES).where(EMPLOYEES.SALARY.gt(new BigDecimal("10.5")))
                .orderBy(EMPLOYEES.SALARY.desc()))
                .sqlite("""
                SELECT employees.name FROM employees WHERE CAST(employees.salary AS REAL) >
                CAST(? AS REAL) ORDER BY CAST(employees.salary AS REAL) DESC""", new BigDecimal("10.5"))
                .mysql("""
                SELECT employees.name FROM employees WHERE employees.salary > ? ORDER BY
                employees.salary DESC""", new BigDecimal("10.5"))
                .postgres(SAME)
                .check();
    }

    @Test
    void namedParameters() {
        {
            Param<String> email = param("email", String.class);
            var q = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(email));
            golden(q.bind(email, "a@x.io"))
                    .sqlite("SELECT users.name FROM users WHERE users.email = ?", email)
                    .mysql(SAME)
                    .postgres(SAME)
                    .check();
            assertSame(q.toSql(SQLITE), q.bind(email, "b@x.io").toSql(SQLITE), "a bound copy re-uses the rendered SQL");
        }
        {
            Param<String> email = param("email", String.class);
            var q = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(email));
            golden(q)
                    .sqlite("SELECT users.name FROM users WHERE users.email = ?", email)
                    .mysql(SAME)
                    .postgres(SAME)
                    .check();
            assertEquals(q.toSql(POSTGRES).sql(), q.bind(email, "a@x.io").toSql(POSTGRES).sql());
        }
    }

    @Test
    void quotingOfReservedAndMixedCaseNames() {
        golden(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER).from(ALL_TYPES).where(ALL_TYPES.ORDER.eq("x")))
                .sqlite("""
                SELECT all_types."MixedCase", all_types."order" FROM all_types WHERE
                all_types."order" = ?""", "x")
                .mysql("""
                SELECT all_types.`MixedCase`, all_types.`order` FROM all_types WHERE
                all_types.`order` = ?""", "x")
                .postgres("""
                SELECT all_types."MixedCase", all_types."order" FROM all_types WHERE
                all_types."order" = ?""", "x")
                .check();
        {
            AllTypes t = ALL_TYPES.as("select");
            golden(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER, ALL_TYPES.DEC, ALL_TYPES.DAY).from(ALL_TYPES)
                    .orderBy(ALL_TYPES.ORDER.asc()))
                    .sqlite("""
                    SELECT all_types."MixedCase", all_types."order", all_types.dec, all_types.day
                    FROM all_types ORDER BY all_types."order\"""")
                    .mysql("""
                    SELECT all_types.`MixedCase`, all_types.`order`, all_types.`dec`,
                    all_types.day FROM all_types ORDER BY all_types.`order`""")
                    .postgres("""
                    SELECT all_types."MixedCase", all_types."order", all_types.dec, all_types.day
                    FROM all_types ORDER BY all_types."order\"""")
                    .check();
            golden(select(t.ORDER).from(t))
                    .sqlite("""
                    SELECT "select"."order" FROM all_types "select\"""")
                    .mysql("SELECT `select`.`order` FROM all_types `select`")
                    .postgres("""
                    SELECT "select"."order" FROM all_types "select\"""")
                    .check();
            golden(ALL_TYPES.insert().set(ALL_TYPES.ID, 1L).set(ALL_TYPES.MIXED, "x").set(ALL_TYPES.ORDER, "y"))
                    .sqlite("""
                    INSERT INTO all_types (id, "MixedCase", "order") VALUES (?, ?, ?)""", 1L, "x", "y")
                    .mysql("INSERT INTO all_types (id, `MixedCase`, `order`) VALUES (?, ?, ?)", 1L, "x", "y")
                    .postgres("""
                    INSERT INTO all_types (id, "MixedCase", "order") VALUES (?, ?, ?)""", 1L, "x", "y")
                    .check();
            golden(select(ALL_TYPES.ID.as("weird`name")).from(ALL_TYPES))
                    .sqlite("""
                    SELECT all_types.id AS "weird`name" FROM all_types""")
                    .mysql("SELECT all_types.id AS `weird``name` FROM all_types")
                    .postgres("""
                    SELECT all_types.id AS "weird`name" FROM all_types""")
                    .check();
        }
    }

    @Test
    void arithmeticAndDivision() {
        golden(select(POSTS.LIKES.add(1), POSTS.LIKES.sub(2), POSTS.LIKES.mul(3), POSTS.LIKES.neg()).from(POSTS))
                .sqlite("""
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (-posts.likes)
                FROM posts""", 1, 2, 3)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.LIKES.div(2), POSTS.LIKES.div(POSTS.ID)).from(POSTS))
                .sqlite("SELECT (posts.likes / ?), (posts.likes / posts.id) FROM posts", 2)
                .mysql("SELECT (posts.likes DIV ?), (posts.likes DIV posts.id) FROM posts", 2)
                .postgres("SELECT (posts.likes / ?), (posts.likes / posts.id) FROM posts", 2)
                .check();
        golden(select(EMPLOYEES.SALARY.div(2), POSTS.LIKES.div(2.5)).from(EMPLOYEES, POSTS))
                .sqlite("SELECT (employees.salary / ?), (posts.likes / ?) FROM employees, posts", 2, 2.5)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void arithmeticAndIntegerDivision() {
        golden(select(POSTS.LIKES.add(1), POSTS.LIKES.sub(2), POSTS.LIKES.mul(3), POSTS.LIKES.div(4),
                POSTS.LIKES.neg()).from(POSTS))
                .sqlite("""
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (posts.likes /
                ?), (-posts.likes) FROM posts""", 1, 2, 3, 4)
                .mysql("""
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (posts.likes
                DIV ?), (-posts.likes) FROM posts""", 1, 2, 3, 4)
                .postgres("""
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (posts.likes /
                ?), (-posts.likes) FROM posts""", 1, 2, 3, 4)
                .check();
    }

    @Test
    void aggregates() {
        golden(select(count(), count(POSTS.ID), countDistinct(POSTS.USER_ID), sum(POSTS.LIKES), avg(POSTS.LIKES),
                min(POSTS.LIKES), max(POSTS.LIKES)).from(POSTS))
                .sqlite("""
                SELECT COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.user_id),
                SUM(posts.likes), AVG(posts.likes), MIN(posts.likes), MAX(posts.likes) FROM
                posts""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void groupByHaving() {
        golden(select(USERS.NAME, count(POSTS.ID)).from(USERS).leftJoin(POSTS).onKey().groupBy(USERS.NAME)
                .having(count(POSTS.ID).gt(1L)))
                .sqlite("""
                SELECT users.name, COUNT(posts.id) FROM users LEFT JOIN posts ON posts.user_id
                = users.id GROUP BY users.name HAVING COUNT(posts.id) > ?""", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void bindsOfTimesUuidsAndJsonAreCast() {
        Instant now = Instant.parse("2024-01-02T03:04:05.123456Z");
        LocalDateTime ts = LocalDateTime.of(2024, 1, 2, 3, 4);
        UUID id = new UUID(1, 2);
        golden(select(ALL_TYPES.ID).from(ALL_TYPES).where(ALL_TYPES.INSTANT.lt(now).and(ALL_TYPES.TS.eq(ts))
                .and(ALL_TYPES.ID2.eq(id)).and(ALL_TYPES.DOC.eq("{}"))))
                .sqlite("""
                SELECT all_types.id FROM all_types WHERE all_types.instant < ? AND
                all_types.ts = ? AND all_types.uuid = ? AND all_types.doc = ?""", now, ts, id, "{}")
                .mysql(SAME)
                .postgres("""
                SELECT all_types.id FROM all_types WHERE all_types.instant < CAST(? AS
                TIMESTAMPTZ) AND all_types.ts = CAST(? AS TIMESTAMP) AND all_types.uuid =
                CAST(? AS UUID) AND all_types.doc = CAST(? AS JSONB)""", now, ts, id, "{}")
                .check();
        golden(ALL_TYPES.insert().set(ALL_TYPES.ID, 1L).set(ALL_TYPES.DOC, "[1]").set(ALL_TYPES.DBL, 1.5)
                .set(ALL_TYPES.TIME, (java.time.LocalTime) null))
                .sqlite("INSERT INTO all_types (id, doc, dbl, time_value) VALUES (?, ?, ?, ?)", 1L, "[1]", 1.5, null)
                .mysql(SAME)
                .postgres("""
                INSERT INTO all_types (id, doc, dbl, time_value) VALUES (?, CAST(? AS JSONB),
                ?, CAST(? AS TIME))""", 1L, "[1]", 1.5, null)
                .check();
    }

    @Test
    void optionalFilterParameterIsTyped() {
        Param<LocalDateTime> since = param("since", LocalDateTime.class);
        Param<String> name = param("name", String.class);
        golden(select(ALL_TYPES.ID).from(ALL_TYPES).where(since.isNull().or(ALL_TYPES.TS.ge(since)))
                .where(name.isNull().or(ALL_TYPES.VC.eq(name))).bind(since, null).bind(name, "x"))
                .sqlite("""
                SELECT all_types.id FROM all_types WHERE (? IS NULL OR all_types.ts >= ?) AND
                (? IS NULL OR all_types.vc = ?)""", since, since, name, name)
                .mysql(SAME)
                .postgres("""
                SELECT all_types.id FROM all_types WHERE (CAST(? AS TIMESTAMP) IS NULL OR
                all_types.ts >= CAST(? AS TIMESTAMP)) AND (? IS NULL OR all_types.vc = ?)""", since, since, name, name)
                .check();
    }

    @Test
    void reservedAndMixedCaseNamesAreQuoted() {
        AllTypes t = ALL_TYPES.as("user");
        golden(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER, ALL_TYPES.DAY, ALL_TYPES.TIME).from(ALL_TYPES)
                .orderBy(ALL_TYPES.ORDER.asc()))
                .sqlite("""
                SELECT all_types."MixedCase", all_types."order", all_types.day,
                all_types.time_value FROM all_types ORDER BY all_types."order\"""")
                .mysql("""
                SELECT all_types.`MixedCase`, all_types.`order`, all_types.day,
                all_types.time_value FROM all_types ORDER BY all_types.`order`""")
                .postgres("""
                SELECT all_types."MixedCase", all_types."order", all_types.day,
                all_types.time_value FROM all_types ORDER BY all_types."order\"""")
                .check();
        golden(select(t.ID).from(t).where(t.MIXED.eq("x")))
                .sqlite("""
                SELECT "user".id FROM all_types "user" WHERE "user"."MixedCase" = ?""", "x")
                .mysql("SELECT `user`.id FROM all_types `user` WHERE `user`.`MixedCase` = ?", "x")
                .postgres("""
                SELECT "user".id FROM all_types "user" WHERE "user"."MixedCase" = ?""", "x")
                .check();
        golden(select(POSTS.LIKES.as("Total"), POSTS.TITLE.as("window"), POSTS.ID.as("value")).from(POSTS))
                .sqlite("""
                SELECT posts.likes AS "Total", posts.title AS "window", posts.id AS value FROM
                posts""")
                .mysql("""
                SELECT posts.likes AS `Total`, posts.title AS `window`, posts.id AS value FROM
                posts""")
                .postgres("""
                SELECT posts.likes AS "Total", posts.title AS "window", posts.id AS value FROM
                posts""")
                .check();
    }
}
