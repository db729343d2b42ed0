package dev.quarry.dialects;

import static dev.quarry.Sql.addDays;
import static dev.quarry.Sql.addMonths;
import static dev.quarry.Sql.addYears;
import static dev.quarry.Sql.all;
import static dev.quarry.Sql.any;
import static dev.quarry.Sql.caseOf;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.currentDate;
import static dev.quarry.Sql.currentTimestamp;
import static dev.quarry.Sql.extract;
import static dev.quarry.Sql.greatest;
import static dev.quarry.Sql.hour;
import static dev.quarry.Sql.least;
import static dev.quarry.Sql.lpad;
import static dev.quarry.Sql.minute;
import static dev.quarry.Sql.month;
import static dev.quarry.Sql.nullif;
import static dev.quarry.Sql.position;
import static dev.quarry.Sql.replace;
import static dev.quarry.Sql.rpad;
import static dev.quarry.Sql.second;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.val;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.DatePart;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of CASE, NULLIF, GREATEST/LEAST, string and date functions, literal LIKE, CAST and ANY/ALL. */
class ExpressionRenderTest {

    @Test
    void simpleCase() {
        String expected = "SELECT CASE posts.likes WHEN ? THEN ? WHEN ? THEN ? ELSE ? END FROM posts";
        golden(select(caseOf(POSTS.LIKES).when(1, "one").when(2, "two").otherwise("many")).from(POSTS))
                .sqlite(expected, 1, "one", 2, "two", "many")
                .mysql(expected, 1, "one", 2, "two", "many")
                .postgres(expected, 1, "one", 2, "two", "many")
                .check();
    }

    @Test
    void nullIf() {
        String expected = "SELECT NULLIF(posts.likes, ?), NULLIF(posts.title, posts.title) FROM posts";
        golden(select(nullif(POSTS.LIKES, 0), nullif(POSTS.TITLE, POSTS.TITLE)).from(POSTS))
                .sqlite(expected, 0)
                .mysql(expected, 0)
                .postgres(expected, 0)
                .check();
    }

    @Test
    void greatestAndLeastIgnoreNullsEverywhere() {
        golden(select(greatest(POSTS.LIKES, val(5)), least(POSTS.LIKES, POSTS.LIKES, val(1))).from(POSTS))
                .sqlite("""
                        SELECT MAX(COALESCE(posts.likes, ?), COALESCE(?, posts.likes)),
                        MIN(COALESCE(posts.likes, posts.likes, ?), COALESCE(posts.likes, posts.likes, ?),
                        COALESCE(?, posts.likes, posts.likes)) FROM posts""", 5, 5, 1, 1, 1)
                .mysql("""
                        SELECT GREATEST(COALESCE(posts.likes, ?), COALESCE(?, posts.likes)),
                        LEAST(COALESCE(posts.likes, posts.likes, ?), COALESCE(posts.likes, posts.likes, ?),
                        COALESCE(?, posts.likes, posts.likes)) FROM posts""", 5, 5, 1, 1, 1)
                .postgres("SELECT GREATEST(posts.likes, ?), LEAST(posts.likes, posts.likes, ?) FROM posts", 5, 1)
                .check();
    }

    @Test
    void greatestOfDecimalsComparesNumbersOnSqlite() {
        BigDecimal x = new BigDecimal("1.5");
        golden(select(greatest(EMPLOYEES.SALARY, val(x))).from(EMPLOYEES))
                .sqlite("""
                        SELECT MAX(CAST(COALESCE(employees.salary, ?) AS REAL), CAST(COALESCE(?, employees.salary) AS REAL))
                        FROM employees""", x, x)
                .mysql("SELECT GREATEST(COALESCE(employees.salary, ?), COALESCE(?, employees.salary)) FROM employees", x, x)
                .postgres("SELECT GREATEST(employees.salary, ?) FROM employees", x)
                .check();
    }

    @Test
    void replaceAndPosition() {
        golden(select(replace(POSTS.TITLE, "a", "b"), position(POSTS.TITLE, "x")).from(POSTS))
                .sqlite("SELECT REPLACE(posts.title, ?, ?), INSTR(posts.title, ?) FROM posts", "a", "b", "x")
                .mysql("SELECT REPLACE(posts.title, ?, ?), POSITION(? IN posts.title) FROM posts", "a", "b", "x")
                .postgres("SELECT REPLACE(posts.title, ?, ?), POSITION(? IN posts.title) FROM posts", "a", "b", "x")
                .check();
    }

    @Test
    void padsAreWrittenOutOnSqlite() {
        golden(select(lpad(POSTS.TITLE, 5, "*"), rpad(POSTS.TITLE, 3, "ab")).from(POSTS))
                .sqlite("""
                        SELECT CASE WHEN LENGTH(posts.title) >= 5 THEN SUBSTR(posts.title, 1, 5)
                        ELSE SUBSTR(REPLACE(HEX(ZEROBLOB(5)), '00', ?), 1, 5 - LENGTH(posts.title)) || posts.title END,
                        CASE WHEN LENGTH(posts.title) >= 3 THEN SUBSTR(posts.title, 1, 3)
                        ELSE posts.title || SUBSTR(REPLACE(HEX(ZEROBLOB(3)), '00', ?), 1, 3 - LENGTH(posts.title)) END
                        FROM posts""", "*", "ab")
                .mysql("SELECT LPAD(posts.title, 5, ?), RPAD(posts.title, 3, ?) FROM posts", "*", "ab")
                .postgres("SELECT LPAD(posts.title, 5, ?), RPAD(posts.title, 3, ?) FROM posts", "*", "ab")
                .check();
        assertThrows(IllegalArgumentException.class, () -> lpad(POSTS.TITLE, 3, ""));
        assertThrows(IllegalArgumentException.class, () -> rpad(POSTS.TITLE, -1, "x"));
    }

    @Test
    void containsStartsWithEndsWithEscapeTheirText() {
        var q = select(POSTS.ID).from(POSTS).where(POSTS.TITLE.contains("50%_off!").or(POSTS.TITLE.startsWith("a_"))
                .or(POSTS.TITLE.endsWith("\\")).or(POSTS.TITLE.containsIgnoreCase("Ab")));
        Object[] binds = {"%50!%!_off!!%", "a!_%", "%\\", "%Ab%"};
        golden(q)
                .sqlite("""
                SELECT posts.id FROM posts WHERE posts.title LIKE ? ESCAPE '!' OR posts.title LIKE ? ESCAPE '!'
                OR posts.title LIKE ? ESCAPE '!' OR LOWER(posts.title) LIKE LOWER(?) ESCAPE '!'""", binds)
                .mysql("""
                        SELECT posts.id FROM posts WHERE posts.title LIKE ? ESCAPE '!' OR posts.title LIKE ? ESCAPE '!'
                        OR posts.title LIKE ? ESCAPE '!' OR LOWER(posts.title) LIKE LOWER(?) ESCAPE '!'""", binds)
                .postgres("""
                        SELECT posts.id FROM posts WHERE posts.title LIKE ? ESCAPE '!' OR posts.title LIKE ? ESCAPE '!'
                        OR posts.title LIKE ? ESCAPE '!' OR posts.title ILIKE ? ESCAPE '!'""", binds)
                .check();
        assertEquals("contains needs a text field, not BIGINT: id",
                assertThrows(IllegalArgumentException.class, () -> POSTS.ID.contains("1")).getMessage());
    }

    @Test
    void timeOfDayParts() {
        golden(select(hour(USERS.CREATED), minute(USERS.CREATED), second(USERS.CREATED)).from(USERS))
                .sqlite("""
                        SELECT CAST(STRFTIME('%H', users.created_at) AS INTEGER), CAST(STRFTIME('%M', users.created_at) AS INTEGER),
                        CAST(STRFTIME('%S', users.created_at) AS INTEGER) FROM users""")
                .mysql("SELECT HOUR(users.created_at), MINUTE(users.created_at), SECOND(users.created_at) FROM users")
                .postgres("""
                        SELECT CAST(EXTRACT(HOUR FROM users.created_at AT TIME ZONE 'UTC') AS INTEGER),
                        CAST(EXTRACT(MINUTE FROM users.created_at AT TIME ZONE 'UTC') AS INTEGER),
                        CAST(FLOOR(EXTRACT(SECOND FROM users.created_at AT TIME ZONE 'UTC')) AS INTEGER) FROM users""")
                .check();
    }

    @Test
    void dateArithmetic() {
        golden(select(addDays(currentDate(), 3), addDays(currentDate(), -2)).from(USERS))
                .sqlite("SELECT DATE(CURRENT_DATE, '+3 days'), DATE(CURRENT_DATE, '-2 days') FROM users")
                .mysql("SELECT DATE_ADD(CURRENT_DATE, INTERVAL 3 DAY), DATE_ADD(CURRENT_DATE, INTERVAL -2 DAY) FROM users")
                .postgres("SELECT (CURRENT_DATE + 3), (CURRENT_DATE + -2) FROM users")
                .check();
    }

    @Test
    void monthsAndYears() {
        golden(select(addMonths(ALL_TYPES.DAY, 1), addYears(ALL_TYPES.DAY, -2)).from(ALL_TYPES))
                .sqlite("""
                        SELECT MIN(DATE(all_types.day, 'start of month', '+1 months', '+1 month', '-1 day'),
                        DATE(all_types.day, 'start of month', '+1 months', '+' ||
                        (CAST(STRFTIME('%d', all_types.day) AS INTEGER) - 1) || ' days')),
                        MIN(DATE(all_types.day, 'start of month', '-24 months', '+1 month', '-1 day'),
                        DATE(all_types.day, 'start of month', '-24 months', '+' ||
                        (CAST(STRFTIME('%d', all_types.day) AS INTEGER) - 1) || ' days')) FROM all_types""")
                .mysql("SELECT DATE_ADD(all_types.day, INTERVAL 1 MONTH), DATE_ADD(all_types.day, INTERVAL -24 MONTH) "
                        + "FROM all_types")
                .postgres("SELECT CAST((all_types.day + INTERVAL '1 month' * 1) AS DATE), "
                        + "CAST((all_types.day + INTERVAL '1 month' * -24) AS DATE) FROM all_types")
                .check();
        assertThrows(IllegalArgumentException.class, () -> addMonths(null, 1));
        assertThrows(IllegalArgumentException.class, () -> addYears(currentDate(), Integer.MAX_VALUE));
    }

    @Test
    void extractIsTheDatePartFunction() {
        golden(select(extract(DatePart.YEAR, currentDate()), extract(DatePart.SECOND, currentTimestamp())).from(USERS))
                .sqlite("SELECT CAST(STRFTIME('%Y', CURRENT_DATE) AS INTEGER), "
                        + "CAST(STRFTIME('%S', CURRENT_TIMESTAMP) AS INTEGER) FROM users")
                .mysql("SELECT YEAR(CURRENT_DATE), SECOND(UTC_TIMESTAMP(6)) FROM users")
                .postgres("SELECT CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER), "
                        + "CAST(FLOOR(EXTRACT(SECOND FROM CURRENT_TIMESTAMP AT TIME ZONE 'UTC')) AS INTEGER) FROM users")
                .check();
        var e = assertThrows(IllegalArgumentException.class, () -> extract(null, currentDate()));
        assertTrue(e.getMessage().contains("part"), e.getMessage());
        assertEquals(select(month(currentDate())).toSql(Dialects.POSTGRES).sql(),
                select(extract(DatePart.MONTH, currentDate())).toSql(Dialects.POSTGRES).sql());
    }

    private static final List<SqlType<?>> EVERY_TYPE = List.of(SqlType.SMALLINT, SqlType.INTEGER, SqlType.BIGINT,
            SqlType.REAL, SqlType.DOUBLE, SqlType.decimal(10, 2), SqlType.BOOLEAN, SqlType.varchar(20), SqlType.chr(3),
            SqlType.TEXT, SqlType.DATE, SqlType.TIME, SqlType.TIMESTAMP, SqlType.TIMESTAMPTZ, SqlType.TIMESTAMPTZ_INSTANT,
            SqlType.BLOB, SqlType.UUID, SqlType.JSON);

    private static String casts(Dialect d) {
        List<String> out = new ArrayList<>();
        for (SqlType<?> t : EVERY_TYPE) {
            out.add(select(cast(POSTS.TITLE, t)).from(POSTS).toSql(d).sql()
                    .replace("SELECT ", "").replace(" FROM posts", "").replace("posts.title", "x"));
        }
        return String.join(" | ", out);
    }

    @Test
    void castToEveryType() {
        assertEquals("CAST(x AS INTEGER) | CAST(x AS INTEGER) | CAST(x AS INTEGER) | CAST(x AS REAL) | CAST(x AS REAL)"
                + " | CAST(x AS TEXT) | CAST(x AS INTEGER) | CAST(x AS TEXT) | CAST(x AS TEXT) | CAST(x AS TEXT) | DATE(x)"
                + " | CAST(x AS TEXT) | CAST(x AS TEXT) | CAST(x AS TEXT) | CAST(x AS TEXT) | CAST(x AS BLOB)"
                + " | CAST(x AS TEXT) | CAST(x AS TEXT)", casts(Dialects.SQLITE));
        assertEquals("CAST(x AS SIGNED) | CAST(x AS SIGNED) | CAST(x AS SIGNED) | CAST(x AS DOUBLE) | CAST(x AS DOUBLE)"
                + " | CAST(x AS DECIMAL(10, 2)) | CAST(x AS SIGNED) | CAST(x AS CHAR(20)) | CAST(x AS CHAR(3)) | CAST(x AS CHAR)"
                + " | CAST(x AS DATE) | CAST(x AS TIME(6)) | CAST(x AS DATETIME(6)) | CAST(x AS DATETIME(6))"
                + " | CAST(x AS DATETIME(6)) | CAST(x AS BINARY) | CAST(x AS CHAR(36)) | CAST(x AS JSON)", casts(Dialects.MYSQL));
        assertEquals("CAST(x AS SMALLINT) | CAST(x AS INTEGER) | CAST(x AS BIGINT) | CAST(x AS REAL)"
                + " | CAST(x AS DOUBLE PRECISION) | CAST(x AS NUMERIC(10, 2)) | CAST(x AS BOOLEAN) | CAST(x AS VARCHAR(20))"
                + " | CAST(x AS CHAR(3)) | CAST(x AS TEXT) | CAST(x AS DATE) | CAST(x AS TIME) | CAST(x AS TIMESTAMP)"
                + " | CAST(x AS TIMESTAMPTZ) | CAST(x AS TIMESTAMPTZ) | CAST(x AS BYTEA) | CAST(x AS UUID) | CAST(x AS JSONB)",
                casts(Dialects.POSTGRES));
    }

    @Test
    void anyAndAllSubqueries() {
        String expected = """
                SELECT users.id FROM users WHERE users.id > ALL (SELECT posts.user_id FROM posts)
                AND users.id = ANY (SELECT posts.user_id FROM posts)""";
        golden(select(USERS.ID).from(USERS).where(USERS.ID.gt(all(select(POSTS.USER_ID).from(POSTS)))
                .and(USERS.ID.eq(any(select(POSTS.USER_ID).from(POSTS))))))
                .sqlite(UNSUPPORTED).mysql(expected).postgres(expected).check();
    }
}
