package dev.quarry.dialects;

import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.val;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Param;
import dev.quarry.Query;
import dev.quarry.ResultQuery;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * No value reaches the SQL text: a hostile value put through every value-taking method renders as a bind
 * parameter ({@code ?}) on SQLite, MySQL and PostgreSQL alike, and appears among the bound values instead.
 * Only {@code inline(..)} writes literals (see {@link StringLiteralRenderTest}).
 */
class BoundValueRenderTest {
    private static final String V = "x'); DROP TABLE users; -- \\ \" ` $1 :v ?";
    private static final List<Dialect> DIALECTS = List.of(Dialects.SQLITE, Dialects.MYSQL, Dialects.POSTGRES);

    private static void assertBound(Function<Dialect, RenderedQuery> render, int times) {
        for (Dialect d : DIALECTS) {
            RenderedQuery r = render.apply(d);
            assertFalse(r.sql().contains("DROP"), d.name() + ": " + r.sql());
            assertFalse(r.sql().contains("x'"), d.name() + ": " + r.sql());
            assertEquals(times, r.params().stream().filter(V::equals).count(), d.name() + ": " + r.params());
        }
    }

    private static void assertBound(ResultQuery<?> q, int times) {
        assertBound(q::toSql, times);
    }

    private static void assertBound(Query q, int times) {
        assertBound(q::toSql, times);
    }

    @Test
    void conditions() {
        assertBound(select(USERS.ID).from(USERS).where(USERS.NAME.eq(V).or(USERS.NAME.ne(V))
                .or(USERS.NAME.lt(V)).or(USERS.NAME.le(V)).or(USERS.NAME.gt(V)).or(USERS.NAME.ge(V))
                .or(USERS.NAME.between(V, V)).or(USERS.NAME.notBetween(V, V))), 10);
        assertBound(select(USERS.ID).from(USERS).where(USERS.NAME.in(V, "a").and(USERS.NAME.notIn(List.of(V)))), 2);
        assertBound(select(USERS.ID).from(USERS).where(USERS.NAME.like(V).or(USERS.NAME.notLike(V))
                .or(USERS.NAME.likeIgnoreCase(V))), 3);
    }

    @Test
    void expressionsAndRaw() {
        assertBound(select(coalesce(USERS.EMAIL, V), concat(USERS.NAME, val(V)), caseWhen(USERS.ID.eq(1L), V)
                .otherwise(V), raw(SqlType.TEXT, "lower(?)", V)).from(USERS)
                .where(rawCondition("users.name <> ?", V)), 6);
    }

    @Test
    void writes() {
        assertBound(USERS.insert().set(USERS.NAME, V).set(USERS.EMAIL, V), 2);
        assertBound(USERS.insert(USERS.NAME, USERS.EMAIL).values(V, V).values("a", V), 3);
        assertBound(USERS.update().set(USERS.NAME, V).where(USERS.EMAIL.eq(V)), 2);
        assertBound(USERS.delete().where(USERS.NAME.eq(V)), 1);
        assertBound(POSTS.insert().set(POSTS.USER_ID, 1L).set(POSTS.TITLE, V).onConflict(POSTS.ID).doUpdate()
                .set(POSTS.TITLE, excluded(POSTS.TITLE)), 1);
        assertBound(POSTS.insert().set(POSTS.USER_ID, 1L).set(POSTS.TITLE, V).onConflict(POSTS.ID).doUpdate()
                .set(POSTS.TITLE, V), 2);
    }

    @Test
    void namedParameters() {
        Param<String> name = param("name", String.class);
        var q = select(USERS.ID).from(USERS).where(USERS.NAME.eq(name));
        for (Dialect d : DIALECTS) {
            assertFalse(q.bind(name, V).toSql(d).sql().contains("DROP"));
        }
        assertTrue(q.bind(name, V).toString().contains("?"));
    }

    @Test
    void aNumberOfAnUnknownClassIsNoLiteral() {
        Number sneaky = new Number() {
            @Override
            public int intValue() {
                return 0;
            }

            @Override
            public long longValue() {
                return 0;
            }

            @Override
            public float floatValue() {
                return 0;
            }

            @Override
            public double doubleValue() {
                return 0;
            }

            @Override
            public String toString() {
                return "0; DROP TABLE users";
            }
        };
        for (Dialect d : DIALECTS) {
            assertThrows(IllegalArgumentException.class, () -> select(dev.quarry.Sql.inline(sneaky)).toSql(d));
        }
    }
}
