package dev.quarry.dialects;

import static dev.quarry.Sql.all;
import static dev.quarry.Sql.any;
import static dev.quarry.Sql.caseOf;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.rowNumber;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.Sql.with;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
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
        golden(select(u.NAME).from(u)).sqlite("SELECT u.name FROM users u").mysql(SAME).postgres(SAME).check();
    }

    @Test
    void correlatedSubqueriesSeeTheEnclosingQuery() {
        var q = select(USERS.NAME).from(USERS).where(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID))));
        String sql = "SELECT users.name FROM users WHERE EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
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
    void aSetOperationMemberSeesItsOwnTablesNotTheFirstMembers() {
        var wrong = select(USERS.NAME).from(USERS).union(select(USERS.NAME).from(POSTS));
        outOfScope(() -> wrong.toSql(Dialects.POSTGRES), "users.name", "tables in scope: posts");
        outOfScope(() -> select(USERS.ID).from(USERS).intersect(select(USERS.ID).from(POSTS).orderBy(POSTS.ID)
                .limit(1)).toSql(Dialects.SQLITE), "users.id", "tables in scope: posts");
        var inSubquery = select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)).union(select(EMPLOYEES.ID).from(EMPLOYEES)
                        .where(EMPLOYEES.ID.eq(USERS.ID)))));
        golden(inSubquery).sqlite("SELECT users.name FROM users WHERE users.id IN (SELECT posts.user_id FROM posts"
                + " WHERE posts.user_id = users.id UNION SELECT employees.id FROM employees"
                + " WHERE employees.id = users.id)").mysql(SAME).postgres(SAME).check();
    }

    @Test
    void theSelectOfAnInsertDoesNotSeeTheTableItFills() {
        outOfScope(() -> TAGS.insert(TAGS.LABEL).select(select(TAGS.LABEL).from(USERS)).toSql(Dialects.MYSQL),
                "tags.label", "tables in scope: users", "the table it fills");
        golden(TAGS.insert(TAGS.LABEL).select(select(TAGS.LABEL).from(TAGS).where(TAGS.ID.gt(1))))
                .sqlite("INSERT INTO tags (label) SELECT tags.label FROM tags WHERE tags.id > ?", 1).mysql(SAME)
                .postgres(SAME).check();
    }

    @Test
    void windowSpecificationsAreChecked() {
        outOfScope(() -> select(rank().over(partitionBy(POSTS.USER_ID).orderBy(POSTS.LIKES))).from(USERS)
                .toSql(Dialects.POSTGRES), "posts.user_id", "tables in scope: users");
        outOfScope(() -> select(rowNumber().over(partitionBy(USERS.ID).orderBy(POSTS.LIKES.desc()))).from(USERS)
                .toSql(Dialects.MYSQL), "posts.likes");
        outOfScope(() -> select(count().over(partitionBy(EMPLOYEES.ID))).from(POSTS).toSql(Dialects.SQLITE),
                "employees.id");
    }

    @Test
    void simpleCasePatternMatchAndQuantifiedComparisonsAreChecked() {
        outOfScope(() -> select(caseOf(POSTS.LIKES).when(1, "one").otherwise("many")).from(USERS)
                .toSql(Dialects.SQLITE), "posts.likes");
        outOfScope(() -> select(caseOf(USERS.NAME).when("Ann", POSTS.TITLE).otherwise("x")).from(USERS)
                .toSql(Dialects.POSTGRES), "posts.title");
        outOfScope(() -> select(USERS.ID).from(USERS).where(POSTS.TITLE.contains("50%")).toSql(Dialects.MYSQL),
                "posts.title");
        // a correlated ANY/ALL subquery sees the outer query, and nothing else
        var ok = select(USERS.ID).from(USERS)
                .where(USERS.ID.eq(any(select(POSTS.USER_ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)))));
        String sql = "SELECT users.id FROM users WHERE users.id = ANY (SELECT posts.user_id FROM posts "
                + "WHERE posts.user_id = users.id)";
        golden(ok).sqlite(UNSUPPORTED).mysql(sql).postgres(SAME).check();
        outOfScope(() -> select(USERS.ID).from(USERS).where(USERS.ID.gt(all(select(POSTS.USER_ID).from(POSTS)
                .where(EMPLOYEES.ID.eq(POSTS.ID))))).toSql(Dialects.POSTGRES), "employees.id",
                "tables in scope: posts, users");
    }

    @Test
    void updateFromAndDeleteUsingSeeTheirJoinedTablesOnly() {
        outOfScope(() -> USERS.update().set(USERS.NAME, "x").from(POSTS).where(EMPLOYEES.ID.eq(USERS.ID))
                .toSql(Dialects.POSTGRES), "employees.id", "tables in scope: users, posts");
        outOfScope(() -> USERS.update().set(USERS.NAME, "x").from(POSTS).where(EMPLOYEES.ID.eq(USERS.ID))
                .toSql(Dialects.MYSQL), "employees.id");
        // SQLite writes DELETE ... USING as an EXISTS subquery: the check holds inside it too
        for (var d : java.util.List.of(Dialects.SQLITE, Dialects.MYSQL, Dialects.POSTGRES)) {
            outOfScope(() -> POSTS.delete().using(USERS).where(EMPLOYEES.ID.eq(POSTS.USER_ID)).toSql(d),
                    "employees.id", "posts", "users");
        }
    }

    @Test
    void aDerivedTableDoesNotSeeTheQueryItStandsIn() {
        var correlated = select(POSTS.USER_ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asTable("p");
        outOfScope(() -> select(USERS.NAME).from(USERS).join(correlated).on(correlated.field(POSTS.USER_ID)
                .eq(USERS.ID)).toSql(Dialects.POSTGRES), "users.id", "tables in scope: posts");
        outOfScope(() -> select(USERS.NAME).from(USERS, correlated).toSql(Dialects.SQLITE), "users.id");
        // nor, inside a correlated subquery, the enclosing query: MariaDB rejects that, so it is refused everywhere
        var inner = select(POSTS.ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asTable("q");
        var q = select(USERS.NAME).from(USERS).where(exists(selectOne().from(inner)));
        outOfScope(() -> q.toSql(Dialects.POSTGRES), "users.id", "tables in scope: posts", "a derived table or a CTE's query sees only its own tables");
    }

    @Test
    void aCteBodyDoesNotSeeTheQueryItIsDeclaredFor() {
        var w = with("w").as(select(POSTS.ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)));
        outOfScope(() -> select(USERS.NAME).from(USERS).join(w).on(w.field(POSTS.ID).eq(USERS.ID))
                .toSql(Dialects.POSTGRES), "users.id",
                "tables in scope: posts");
    }

    @Test
    void anOnConditionCannotNameATableJoinedAfterIt() {
        Users u2 = USERS.as("u2");
        var q = select(USERS.NAME).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(u2.ID)).join(u2).on(u2.ID.eq(USERS.ID));
        outOfScope(() -> q.toSql(Dialects.MYSQL), "u2.id", "tables in scope: users, posts",
                "a join's ON only the tables before it");
        var ok = select(USERS.NAME).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)).join(u2)
                .on(u2.ID.eq(POSTS.USER_ID));
        String sql = "SELECT users.name FROM users JOIN posts ON posts.user_id = users.id JOIN users u2 "
                + "ON u2.id = posts.user_id";
        golden(ok).sqlite(sql).mysql(SAME).postgres(SAME).check();
        // a subquery in an ON sees the joins before it, not after
        var sub = select(USERS.NAME).from(USERS).join(POSTS)
                .on(exists(selectOne().from(EMPLOYEES).where(EMPLOYEES.ID.eq(u2.ID)))).join(u2).on(u2.ID.eq(USERS.ID));
        outOfScope(() -> sub.toSql(Dialects.SQLITE), "u2.id");
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
