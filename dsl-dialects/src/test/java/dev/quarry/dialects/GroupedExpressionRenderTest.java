package dev.quarry.dialects;

import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.sum;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;

import dev.quarry.Field;
import dev.quarry.ResultQuery;
import org.junit.jupiter.api.Test;

/**
 * An expression that GROUP BY (or a DISTINCT select list) holds is written with the same text wherever it
 * repeats, its integers and strings as literals, so that PostgreSQL sees one expression; MySQL reads a grouped
 * expression that HAVING repeats through MIN. Values elsewhere stay bound.
 */
class GroupedExpressionRenderTest {

    private static void sql(ResultQuery<?> q, String sqlite, String mysql, String postgres, Object... params) {
        golden(q).sqlite(sqlite, params).mysql(mysql, params).postgres(postgres, params).check();
    }

    @Test
    void aSubstringInGroupByAndOrderBy() {
        Field<String> code = substring(USERS.NAME, 1, 2);
        sql(select(code, count()).from(USERS).where(USERS.NAME.ne("x")).groupBy(code).orderBy(code.asc()),
                "SELECT SUBSTR(users.name, 1, 2), COUNT(*) FROM users WHERE users.name <> ? "
                        + "GROUP BY SUBSTR(users.name, 1, 2) ORDER BY SUBSTR(users.name, 1, 2)",
                "SELECT SUBSTRING(users.name, 1, 2), COUNT(*) FROM users WHERE users.name <> ? "
                        + "GROUP BY SUBSTRING(users.name, 1, 2) ORDER BY SUBSTRING(users.name, 1, 2)",
                "SELECT SUBSTRING(users.name, 1, 2), COUNT(*) FROM users WHERE users.name <> ? "
                        + "GROUP BY SUBSTRING(users.name, 1, 2) ORDER BY SUBSTRING(users.name, 1, 2)",
                "x");
    }

    @Test
    void arithmeticInHavingComparedWithABoundValue() {
        Field<Integer> twice = POSTS.LIKES.mul(2);
        sql(select(twice, count()).from(POSTS).groupBy(twice).having(twice.gt(10)),
                "SELECT (posts.likes * 2), COUNT(*) FROM posts GROUP BY (posts.likes * 2) HAVING (posts.likes * 2) > ?",
                "SELECT (posts.likes * 2), COUNT(*) FROM posts GROUP BY (posts.likes * 2) "
                        + "HAVING MIN((posts.likes * 2)) > ?",
                "SELECT (posts.likes * 2), COUNT(*) FROM posts GROUP BY (posts.likes * 2) HAVING (posts.likes * 2) > ?",
                10);
    }

    @Test
    void insideAnAggregateTheExpressionIsPerRow() {
        Field<Integer> twice = POSTS.LIKES.mul(2);
        sql(select(twice).from(POSTS).groupBy(twice).having(sum(twice).gt(java.math.BigDecimal.ONE)),
                "SELECT (posts.likes * 2) FROM posts GROUP BY (posts.likes * 2) "
                        + "HAVING CAST(SUM((posts.likes * 2)) AS REAL) > CAST(? AS REAL)",
                "SELECT (posts.likes * 2) FROM posts GROUP BY (posts.likes * 2) HAVING SUM((posts.likes * 2)) > ?",
                "SELECT (posts.likes * 2) FROM posts GROUP BY (posts.likes * 2) HAVING SUM((posts.likes * 2)) > ?",
                java.math.BigDecimal.ONE);
    }

    @Test
    void negativeNumbersAreParenthesisedAndDecimalsWritten() {
        Field<Integer> shifted = POSTS.LIKES.sub(-2).neg();
        Field<Integer> scaled = POSTS.LIKES.mul(new java.math.BigDecimal("-1.50"));
        sql(select(shifted, scaled).from(POSTS).groupBy(shifted, scaled),
                "SELECT (-(posts.likes - (-2))), (posts.likes * (-1.50)) FROM posts "
                        + "GROUP BY (-(posts.likes - (-2))), (posts.likes * (-1.50))",
                "SELECT (-(posts.likes - (-2))), (posts.likes * (-1.50)) FROM posts "
                        + "GROUP BY (-(posts.likes - (-2))), (posts.likes * (-1.50))",
                "SELECT (-(posts.likes - (-2))), (posts.likes * (-1.50)) FROM posts "
                        + "GROUP BY (-(posts.likes - (-2))), (posts.likes * (-1.50))");
    }

    @Test
    void stringsAreQuotedForTheDialect() {
        Field<String> email = coalesce(USERS.EMAIL, "it's none");
        sql(select(email, count()).from(USERS).groupBy(email),
                "SELECT COALESCE(users.email, 'it''s none'), COUNT(*) FROM users GROUP BY COALESCE(users.email, 'it''s none')",
                "SELECT COALESCE(users.email, 'it''s none'), COUNT(*) FROM users GROUP BY COALESCE(users.email, 'it''s none')",
                "SELECT COALESCE(users.email, 'it''s none'), COUNT(*) FROM users GROUP BY COALESCE(users.email, 'it''s none')");
    }

    @Test
    void aStringWithABackslashStaysBound() {
        Field<String> email = coalesce(USERS.EMAIL, "a\\b");
        sql(select(email).from(USERS).groupBy(email),
                "SELECT COALESCE(users.email, ?) FROM users GROUP BY COALESCE(users.email, ?)",
                "SELECT COALESCE(users.email, ?) FROM users GROUP BY COALESCE(users.email, ?)",
                "SELECT COALESCE(users.email, ?) FROM users GROUP BY COALESCE(users.email, ?)",
                "a\\b", "a\\b");
    }

    @Test
    void distinctWithOrderBy() {
        Field<String> code = substring(USERS.NAME, 1, 2);
        sql(selectDistinct(code).from(USERS).orderBy(code.desc()),
                "SELECT DISTINCT SUBSTR(users.name, 1, 2) FROM users ORDER BY SUBSTR(users.name, 1, 2) DESC",
                "SELECT DISTINCT SUBSTRING(users.name, 1, 2) FROM users ORDER BY SUBSTRING(users.name, 1, 2) DESC",
                "SELECT DISTINCT SUBSTRING(users.name, 1, 2) FROM users ORDER BY SUBSTRING(users.name, 1, 2) DESC");
    }

    @Test
    void withoutGroupingValuesStayBound() {
        Field<String> code = substring(USERS.NAME, 1, 2);
        sql(select(code).from(USERS).orderBy(code.asc()),
                "SELECT SUBSTR(users.name, ?, ?) FROM users ORDER BY SUBSTR(users.name, ?, ?)",
                "SELECT SUBSTRING(users.name, ?, ?) FROM users ORDER BY SUBSTRING(users.name, ?, ?)",
                "SELECT SUBSTRING(users.name, ?, ?) FROM users ORDER BY SUBSTRING(users.name, ?, ?)",
                1, 2, 1, 2);
    }

    @Test
    void aGroupedColumnIsWrittenAsAlways() {
        sql(select(USERS.NAME, count()).from(USERS).groupBy(USERS.NAME).having(USERS.NAME.ne("a")),
                "SELECT users.name, COUNT(*) FROM users GROUP BY users.name HAVING users.name <> ?",
                "SELECT users.name, COUNT(*) FROM users GROUP BY users.name HAVING users.name <> ?",
                "SELECT users.name, COUNT(*) FROM users GROUP BY users.name HAVING users.name <> ?",
                "a");
    }
}
