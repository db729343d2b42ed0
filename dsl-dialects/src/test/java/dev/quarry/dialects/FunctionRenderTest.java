package dev.quarry.dialects;

import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.currentDate;
import static dev.quarry.Sql.currentTimestamp;
import static dev.quarry.Sql.day;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.lower;
import static dev.quarry.Sql.month;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.round;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.upper;
import static dev.quarry.Sql.val;
import static dev.quarry.Sql.year;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;

import dev.quarry.SqlType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden SQL of functions, casts, CASE and raw SQL, dialect by dialect. */
class FunctionRenderTest {


    @Test
    void functions() {
        golden(select(lower(USERS.NAME), length(USERS.NAME), concat(USERS.NAME, val("!")), substring(USERS.NAME, 1, 2),
                coalesce(USERS.EMAIL, "none"), year(USERS.CREATED), cast(USERS.ID, SqlType.TEXT),
                caseWhen(USERS.ID.gt(1L), "big").otherwise("small")).from(USERS))
                .sqlite("""
                SELECT LOWER(users.name), LENGTH(users.name), (users.name || ?),
                SUBSTR(users.name, ?, ?), COALESCE(users.email, ?), CAST(STRFTIME('%Y',
                users.created_at) AS INTEGER), CAST(users.id AS TEXT), CASE WHEN users.id > ?
                THEN ? ELSE ? END FROM users""", "!", 1, 2, "none", 1L, "big", "small")
                .mysql("""
                SELECT LOWER(users.name), CHAR_LENGTH(users.name), CONCAT(users.name, ?),
                SUBSTRING(users.name, ?, ?), COALESCE(users.email, ?), YEAR(users.created_at),
                CAST(users.id AS CHAR), CASE WHEN users.id > ? THEN ? ELSE ? END FROM users""", "!", 1, 2, "none", 1L, "big", "small")
                .postgres("""
                SELECT LOWER(users.name), LENGTH(users.name), (users.name || ?),
                SUBSTRING(users.name, ?, ?), COALESCE(users.email, ?), CAST(EXTRACT(YEAR FROM
                users.created_at AT TIME ZONE 'UTC') AS INTEGER), CAST(users.id AS TEXT), CASE
                WHEN users.id > ? THEN ? ELSE ? END FROM users""", "!", 1, 2, "none", 1L, "big", "small")
                .check();
        golden(select(raw(SqlType.INTEGER, "abs(?)", -3)).from(USERS).where(rawCondition("users.id > ?", 2)))
                .sqlite("SELECT abs(?) FROM users WHERE (users.id > ?)", -3, 2)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME.as("who")).from(USERS))
                .sqlite("SELECT users.name AS who FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void stringFunctions() {
        golden(select(concat(USERS.NAME, val(" <"), USERS.EMAIL, val(">"))).from(USERS))
                .sqlite("SELECT (users.name || ? || users.email || ?) FROM users", " <", ">")
                .mysql("SELECT CONCAT(users.name, ?, users.email, ?) FROM users", " <", ">")
                .postgres("SELECT (users.name || ? || users.email || ?) FROM users", " <", ">")
                .check();
        golden(select(substring(USERS.NAME, 2, 3), length(USERS.NAME), lower(USERS.NAME), upper(USERS.NAME))
                .from(USERS))
                .sqlite("""
                SELECT SUBSTR(users.name, ?, ?), LENGTH(users.name), LOWER(users.name),
                UPPER(users.name) FROM users""", 2, 3)
                .mysql("""
                SELECT SUBSTRING(users.name, ?, ?), CHAR_LENGTH(users.name),
                LOWER(users.name), UPPER(users.name) FROM users""", 2, 3)
                .postgres("""
                SELECT SUBSTRING(users.name, ?, ?), LENGTH(users.name), LOWER(users.name),
                UPPER(users.name) FROM users""", 2, 3)
                .check();
        golden(select(coalesce(USERS.EMAIL, "none"), coalesce(USERS.EMAIL, USERS.NAME)).from(USERS))
                .sqlite("SELECT COALESCE(users.email, ?), COALESCE(users.email, users.name) FROM users", "none")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(concat(USERS.NAME, val(" <"), USERS.EMAIL, val(">")), substring(USERS.NAME, 2, 3),
                length(USERS.NAME), lower(USERS.NAME), coalesce(USERS.EMAIL, "none")).from(USERS))
                .sqlite("""
                SELECT (users.name || ? || users.email || ?), SUBSTR(users.name, ?, ?),
                LENGTH(users.name), LOWER(users.name), COALESCE(users.email, ?) FROM users""", " <", ">", 2, 3, "none")
                .mysql("""
                SELECT CONCAT(users.name, ?, users.email, ?), SUBSTRING(users.name, ?, ?),
                CHAR_LENGTH(users.name), LOWER(users.name), COALESCE(users.email, ?) FROM
                users""", " <", ">", 2, 3, "none")
                .postgres("""
                SELECT (users.name || ? || users.email || ?), SUBSTRING(users.name, ?, ?),
                LENGTH(users.name), LOWER(users.name), COALESCE(users.email, ?) FROM users""", " <", ">", 2, 3, "none")
                .check();
        golden(select(concat(USERS.ID, USERS.ID)).from(USERS))
                .sqlite("SELECT (users.id || users.id) FROM users")
                .mysql("SELECT CONCAT(users.id, users.id) FROM users")
                .postgres("SELECT (CAST(users.id AS TEXT) || CAST(users.id AS TEXT)) FROM users")
                .check();
    }

    @Test
    void dateFunctions() {
        golden(select(year(USERS.CREATED), month(USERS.CREATED), day(ALL_TYPES.DAY)).from(USERS, ALL_TYPES))
                .sqlite("""
                SELECT CAST(STRFTIME('%Y', users.created_at) AS INTEGER), CAST(STRFTIME('%m',
                users.created_at) AS INTEGER), CAST(STRFTIME('%d', all_types.day) AS INTEGER)
                FROM users, all_types""")
                .mysql("""
                SELECT YEAR(users.created_at), MONTH(users.created_at), DAY(all_types.day)
                FROM users, all_types""")
                .postgres("""
                SELECT CAST(EXTRACT(YEAR FROM users.created_at AT TIME ZONE 'UTC') AS
                INTEGER), CAST(EXTRACT(MONTH FROM users.created_at AT TIME ZONE 'UTC') AS
                INTEGER), CAST(EXTRACT(DAY FROM all_types.day) AS INTEGER) FROM users,
                all_types""")
                .check();
        golden(select(currentDate(), currentTimestamp()))
                .sqlite("SELECT CURRENT_DATE, CURRENT_TIMESTAMP")
                .mysql("SELECT CURRENT_DATE, UTC_TIMESTAMP(6)")
                .postgres("SELECT CURRENT_DATE, CURRENT_TIMESTAMP")
                .check();
        golden(select(USERS.ID).from(USERS, ALL_TYPES).where(ALL_TYPES.DAY.lt(LocalDate.of(2024, 1, 2))))
                .sqlite("SELECT users.id FROM users, all_types WHERE all_types.day < ?", LocalDate.of(2024, 1, 2))
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void castTypeNames() {
        golden(select(cast(USERS.NAME, SqlType.BIGINT), cast(USERS.ID, SqlType.varchar(20)),
                cast(USERS.NAME, SqlType.decimal(10, 2)), cast(USERS.NAME, SqlType.TIMESTAMP),
                cast(USERS.NAME, SqlType.TIMESTAMPTZ_INSTANT), cast(USERS.NAME, SqlType.DATE),
                cast(USERS.NAME, SqlType.TIME), cast(USERS.ID, SqlType.TEXT), cast(USERS.NAME, SqlType.DOUBLE),
                cast(USERS.NAME, SqlType.INTEGER)).from(USERS))
                .sqlite("""
                SELECT CAST(users.name AS INTEGER), CAST(users.id AS TEXT), CAST(users.name AS
                TEXT), CAST(users.name AS TEXT), CAST(users.name AS TEXT), DATE(users.name),
                CAST(users.name AS TEXT), CAST(users.id AS TEXT), CAST(users.name AS REAL),
                CAST(users.name AS INTEGER) FROM users""")
                .mysql("""
                SELECT CAST(users.name AS SIGNED), CAST(users.id AS CHAR(20)), CAST(users.name
                AS DECIMAL(10, 2)), CAST(users.name AS DATETIME(6)), CAST(users.name AS
                DATETIME(6)), CAST(users.name AS DATE), CAST(users.name AS TIME(6)),
                CAST(users.id AS CHAR), CAST(users.name AS DOUBLE), CAST(users.name AS SIGNED)
                FROM users""")
                .postgres("""
                SELECT CAST(users.name AS BIGINT), CAST(users.id AS VARCHAR(20)),
                CAST(users.name AS NUMERIC(10, 2)), CAST(users.name AS TIMESTAMP),
                CAST(users.name AS TIMESTAMPTZ), CAST(users.name AS DATE), CAST(users.name AS
                TIME), CAST(users.id AS TEXT), CAST(users.name AS DOUBLE PRECISION),
                CAST(users.name AS INTEGER) FROM users""")
                .check();
        golden(select(cast(USERS.NAME, SqlType.JSON), cast(USERS.NAME, SqlType.UUID), cast(USERS.NAME, SqlType.BLOB))
                .from(USERS))
                .sqlite("""
                SELECT CAST(users.name AS TEXT), CAST(users.name AS TEXT), CAST(users.name AS
                BLOB) FROM users""")
                .mysql("""
                SELECT CAST(users.name AS JSON), CAST(users.name AS CHAR(36)), CAST(users.name
                AS BINARY) FROM users""")
                .mariadb("""
                SELECT CAST(users.name AS CHAR), CAST(users.name AS CHAR(36)), CAST(users.name
                AS BINARY) FROM users""")
                .postgres("""
                SELECT CAST(users.name AS JSONB), CAST(users.name AS UUID), CAST(users.name AS
                BYTEA) FROM users""")
                .check();
        golden(select(cast(USERS.NAME, SqlType.REAL), cast(USERS.ID, SqlType.BOOLEAN)).from(USERS))
                .sqlite("SELECT CAST(users.name AS REAL), CAST(users.id AS INTEGER) FROM users")
                .mysql("SELECT CAST(users.name AS DOUBLE), CAST(users.id AS SIGNED) FROM users")
                .postgres("SELECT CAST(users.name AS REAL), CAST(users.id AS BOOLEAN) FROM users")
                .check();
        golden(select(cast(USERS.NAME, SqlType.JSON)).from(USERS))
                .sqlite("SELECT CAST(users.name AS TEXT) FROM users")
                .mysql("SELECT CAST(users.name AS JSON) FROM users")
                .mariadb("SELECT CAST(users.name AS CHAR) FROM users")
                .postgres("SELECT CAST(users.name AS JSONB) FROM users")
                .check();
        golden(select(cast(POSTS.LIKES, SqlType.BIGINT), cast(POSTS.LIKES, SqlType.varchar(10)),
                cast(POSTS.LIKES, SqlType.decimal(10, 2)), cast(POSTS.LIKES, SqlType.DOUBLE),
                cast(POSTS.TITLE, SqlType.JSON), cast(POSTS.TITLE, SqlType.TIMESTAMPTZ), cast(POSTS.TITLE, SqlType.UUID),
                cast(POSTS.TITLE, SqlType.BLOB)).from(POSTS))
                .sqlite("""
                SELECT CAST(posts.likes AS INTEGER), CAST(posts.likes AS TEXT), CAST(posts.likes
                AS TEXT), CAST(posts.likes AS REAL), CAST(posts.title AS TEXT), CAST(posts.title
                AS TEXT), CAST(posts.title AS TEXT), CAST(posts.title AS BLOB) FROM posts""")
                .mysql("""
                SELECT CAST(posts.likes AS SIGNED), CAST(posts.likes AS CHAR(10)),
                CAST(posts.likes AS DECIMAL(10, 2)), CAST(posts.likes AS DOUBLE),
                CAST(posts.title AS JSON), CAST(posts.title AS DATETIME(6)), CAST(posts.title
                AS CHAR(36)), CAST(posts.title AS BINARY) FROM posts""")
                .mariadb("""
                SELECT CAST(posts.likes AS SIGNED), CAST(posts.likes AS CHAR(10)),
                CAST(posts.likes AS DECIMAL(10, 2)), CAST(posts.likes AS DOUBLE),
                CAST(posts.title AS CHAR), CAST(posts.title AS DATETIME(6)), CAST(posts.title
                AS CHAR(36)), CAST(posts.title AS BINARY) FROM posts""")
                .postgres("""
                SELECT CAST(posts.likes AS BIGINT), CAST(posts.likes AS VARCHAR(10)),
                CAST(posts.likes AS NUMERIC(10, 2)), CAST(posts.likes AS DOUBLE PRECISION),
                CAST(posts.title AS JSONB), CAST(posts.title AS TIMESTAMPTZ), CAST(posts.title
                AS UUID), CAST(posts.title AS BYTEA) FROM posts""")
                .check();
    }

    @Test
    void caseRawAndLiterals() {
        golden(select(caseWhen(POSTS.LIKES.gt(10), "hot").when(POSTS.LIKES.gt(0), "warm").otherwise("cold"))
                .from(POSTS))
                .sqlite("""
                SELECT CASE WHEN posts.likes > ? THEN ? WHEN posts.likes > ? THEN ? ELSE ? END
                FROM posts""", 10, "hot", 0, "warm", "cold")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(raw(SqlType.INTEGER, "DATEDIFF(?, users.created_at)", LocalDate.of(2024, 1, 1)))
                .from(USERS).where(rawCondition("users.name REGEXP ?", "^A")))
                .sqlite("""
                SELECT DATEDIFF(?, users.created_at) FROM users WHERE (users.name REGEXP ?)""", LocalDate.of(2024, 1, 1), "^A")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(inline(true), inline(false), inline("it's a \\ path"), inline(3)))
                .sqlite("""
                SELECT 1, 0, 'it''s a \\ path', 3""")
                .mysql("""
                SELECT TRUE, FALSE, _utf8mb4 X'697427732061205C2070617468', 3""")
                .postgres("""
                SELECT TRUE, FALSE, E'it''s a \\\\ path', 3""")
                .check();
    }

    @Test
    void datePartsAreIntegersAndTimestamptzIsReadInUtc() {
        golden(select(year(ALL_TYPES.DAY), month(ALL_TYPES.TS), day(ALL_TYPES.TSTZ), year(USERS.CREATED))
                .from(ALL_TYPES).crossJoin(USERS))
                .sqlite("""
                SELECT CAST(STRFTIME('%Y', all_types.day) AS INTEGER), CAST(STRFTIME('%m',
                all_types.ts) AS INTEGER), CAST(STRFTIME('%d', all_types.tstz) AS INTEGER),
                CAST(STRFTIME('%Y', users.created_at) AS INTEGER) FROM all_types CROSS JOIN
                users""")
                .mysql("""
                SELECT YEAR(all_types.day), MONTH(all_types.ts), DAY(all_types.tstz),
                YEAR(users.created_at) FROM all_types CROSS JOIN users""")
                .postgres("""
                SELECT CAST(EXTRACT(YEAR FROM all_types.day) AS INTEGER), CAST(EXTRACT(MONTH
                FROM all_types.ts) AS INTEGER), CAST(EXTRACT(DAY FROM all_types.tstz AT TIME
                ZONE 'UTC') AS INTEGER), CAST(EXTRACT(YEAR FROM users.created_at AT TIME ZONE
                'UTC') AS INTEGER) FROM all_types CROSS JOIN users""")
                .check();
    }

    @Test
    void roundOfAFloatGoesThroughNumeric() {
        golden(select(round(ALL_TYPES.DBL, 2), round(ALL_TYPES.DBL), round(ALL_TYPES.DEC, 1)).from(ALL_TYPES))
                .sqlite("""
                SELECT ROUND(all_types.dbl, 2), ROUND(all_types.dbl), ROUND(all_types.dec, 1)
                FROM all_types""")
                .mysql("""
                SELECT ROUND(all_types.dbl, 2), ROUND(all_types.dbl), ROUND(all_types.`dec`,
                1) FROM all_types""")
                .postgres("""
                SELECT ROUND(CAST(all_types.dbl AS NUMERIC), 2), ROUND(all_types.dbl),
                ROUND(all_types.dec, 1) FROM all_types""")
                .check();
    }

    @Test
    void caseWhenExpression() {
        golden(select(caseWhen(POSTS.LIKES.gt(5), "many").when(POSTS.LIKES.gt(0), "some").otherwise("none"))
                .from(POSTS))
                .sqlite("""
                SELECT CASE WHEN posts.likes > ? THEN ? WHEN posts.likes > ? THEN ? ELSE ? END
                FROM posts""", 5, "many", 0, "some", "none")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void rawSql() {
        golden(select(raw(SqlType.INTEGER, "? + ?", 40, 2)).from(USERS).where(rawCondition("users.id % ? = 0", 2)))
                .sqlite("SELECT ? + ? FROM users WHERE (users.id % ? = 0)", 40, 2, 2)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
