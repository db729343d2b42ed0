package dev.quarry.dialects;

import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.Sql.with;
import static dev.quarry.dialects.ThreeDialects.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialects.fixtures.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The scope check: a column whose table the statement does not name is refused before the database sees it. */
class ScopeCheckRenderTest {

    private static void outOfScope(Executable render, String... inMessage) {
        var e = assertThrows(IllegalStateException.class, render);
        for (String s : inMessage) {
            assertTrue(e.getMessage().contains(s), e.getMessage());
        }
    }

    @Test
    void aColumnOfATableNotInFromIsRefusedNamingTheColumnAndTheTablesInScope() {
        var q = select(USERS.NAME).from(USERS).where(POSTS.TITLE.eq("x"));
        outOfScope(() -> q.toSql(Dialects.POSTGRES), "posts.title", "tables in scope: users");
        outOfScope(() -> select(USERS.NAME, POSTS.TITLE).from(USERS).toSql(Dialects.SQLITE), "posts.title");
    }

    @Test
    void theTableItselfIsOutOfScopeWhereTheQueryUsesAnAlias() {
        Users u = USERS.as("u");
        outOfScope(() -> select(USERS.NAME).from(u).toSql(Dialects.MYSQL), "users.name", "tables in scope: u");
        golden(select(u.NAME).from(u), "SELECT u.name FROM users u", "SELECT u.name FROM users u",
                "SELECT u.name FROM users u");
    }

    @Test
    void correlatedSubqueriesSeeTheEnclosingQuery() {
        var q = select(USERS.NAME).from(USERS).where(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID))));
        String sql = "SELECT users.name FROM users WHERE EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)";
        golden(q, sql, sql, sql);
        var wrong = select(USERS.NAME).from(USERS)
                .where(exists(selectOne().from(POSTS).where(EMPLOYEES.ID.eq(POSTS.USER_ID))));
        outOfScope(() -> wrong.toSql(Dialects.SQLITE), "employees.id", "tables in scope: posts, users");
    }

    @Test
    void derivedTablesAndCtesAreScopesToo() {
        var t = select(USERS.ID, USERS.NAME).from(USERS).asTable("t");
        outOfScope(() -> select(t.field(USERS.NAME)).from(USERS).toSql(Dialects.POSTGRES), "t.name",
                "tables in scope: users");
        var w = with("w").as(select(USERS.ID).from(USERS));
        outOfScope(() -> select(w.field(USERS.ID)).from(POSTS).toSql(Dialects.MYSQL), "w.id");
        outOfScope(() -> select(USERS.NAME).from(t).toSql(Dialects.POSTGRES), "users.name", "tables in scope: t");
    }

    @Test
    void dmlSeesItsTarget() {
        outOfScope(() -> USERS.delete().where(POSTS.ID.eq(1L)).toSql(Dialects.SQLITE), "posts.id",
                "tables in scope: users");
        outOfScope(() -> USERS.update().set(USERS.NAME, "x").where(POSTS.ID.eq(1L)).toSql(Dialects.POSTGRES),
                "posts.id");
    }

    @Test
    void anInsertOrUpdateOfOneTableCannotSetAnotherTablesColumn() {
        assertThrows(IllegalArgumentException.class, () -> USERS.insert().set(POSTS.TITLE, "x"));
        assertThrows(IllegalArgumentException.class, () -> USERS.update().set(POSTS.TITLE, "x"));
        assertThrows(IllegalArgumentException.class, () -> USERS.insert(USERS.NAME, POSTS.TITLE));
        assertThrows(IllegalArgumentException.class,
                () -> USERS.insert().set(USERS.NAME, "x").onConflict(USERS.EMAIL).doUpdate().set(POSTS.TITLE, "y"));
    }

    @Test
    void arithmeticNeedsNumbersAndLikeNeedsText() {
        var e = assertThrows(IllegalArgumentException.class, () -> USERS.NAME.add(1));
        assertTrue(e.getMessage().contains("add(..) needs numbers: users.name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> USERS.CREATED.mul(2));
        assertThrows(IllegalArgumentException.class, () -> ALL_TYPES.DAY.sub(POSTS.LIKES));
        assertThrows(IllegalArgumentException.class, () -> USERS.NAME.neg());
        var like = assertThrows(IllegalArgumentException.class, () -> USERS.ID.like("1%"));
        assertTrue(like.getMessage().contains("like(..) needs text: users.id"), like.getMessage());
        assertThrows(IllegalArgumentException.class, () -> USERS.CREATED.notLike("2024%"));
        assertThrows(IllegalArgumentException.class, () -> POSTS.LIKES.likeIgnoreCase("1"));
        POSTS.LIKES.add(POSTS.ID).div(2);
        USERS.NAME.like("A%");
    }
}
