package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.any;
import static dev.quarry.Sql.caseOf;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.it.suite.model.Employees;
import dev.quarry.it.suite.model.Posts;
import dev.quarry.it.suite.model.Users;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The render scope at work: correlated subqueries in SELECT and UPDATE, upserts whose SET reads the existing
 * row, and the scope check stopping a statement before it reaches the database.
 */
public abstract class ScopeSuite extends SuiteBase {

    @BeforeEach
    void seed() {
        seedUsersAndPosts();
    }

    @Test
    void correlatedSubqueriesSeeTheOuterQuery() {
        var posts = select(count(POSTS.ID)).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asField();
        var rows = select(USERS.NAME, posts).from(USERS).orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of("Ann 2", "Bob 1", "Cy 0"), rows.stream().map(r -> r.v1() + " " + r.v2()).toList());
        int updated = USERS.update().set(USERS.AGE, 1)
                .where(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)))).execute(db());
        assertEquals(2, updated);
    }

    @Test
    @Requires(Capability.UPSERT)
    void anUpsertCanReadTheExistingRow() {
        long post = select(POSTS.ID).from(POSTS).where(POSTS.TITLE.eq("Hello")).fetchSingle(db()).v1();
        long ann = select(USERS.ID).from(USERS).where(USERS.NAME.eq("Ann")).fetchSingle(db()).v1();
        POSTS.insert().set(POSTS.ID, post).set(POSTS.USER_ID, ann).set(POSTS.TITLE, "Hello").onConflict(POSTS.ID)
                .doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(5)).execute(db());
        assertEquals(15, select(POSTS.LIKES).from(POSTS).where(POSTS.ID.eq(post)).fetchSingle(db()).v1());
    }

    @Test
    @RequiresNot(Capability.UPSERT)
    void anUpsertIsRefusedWhereMissing() {
        var q = POSTS.insert().set(POSTS.ID, 1L).set(POSTS.USER_ID, 1L).set(POSTS.TITLE, "x").onConflict(POSTS.ID)
                .doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(5));
        assertThrows(UnsupportedFeatureException.class, () -> q.execute(db()));
    }

    @Test
    void aColumnOutOfScopeNeverReachesTheDatabase() {
        var e = assertThrows(IllegalStateException.class,
                () -> select(USERS.NAME).from(USERS).where(POSTS.LIKES.gt(5)).fetch(db()));
        assertTrue(e.getMessage().contains("qt_posts.likes") && e.getMessage().contains("tables in scope: qt_users"),
                e.getMessage());
        // a DELETE that a database might run as "delete every user" when it resolves the name elsewhere
        assertThrows(IllegalStateException.class,
                () -> USERS.delete().where(Employees.EMPLOYEES.NAME.eq("Ann")).execute(db()));
        assertEquals(3, select(count()).from(USERS).fetchSingle(db()).v1());
    }

    @Test
    void windowsCasesAndPatternsAreCheckedToo() {
        assertOutOfScope(() -> select(USERS.NAME, rank().over(partitionBy(POSTS.USER_ID))).from(USERS).fetch(db()),
                "posts.user_id");
        assertOutOfScope(() -> select(caseOf(POSTS.LIKES).when(1, "one").otherwise("many")).from(USERS).fetch(db()),
                "posts.likes");
        assertOutOfScope(() -> select(USERS.NAME).from(USERS).where(POSTS.TITLE.startsWith("He")).fetch(db()),
                "posts.title");
    }

    @Test
    @Requires(Capability.QUANTIFIED_COMPARISON)
    void aCorrelatedAnySubqueryRuns() {
        var q = select(USERS.NAME).from(USERS)
                .where(USERS.ID.eq(any(select(POSTS.USER_ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)))))
                .orderBy(USERS.NAME);
        assertEquals(List.of("Ann", "Bob"), q.fetch(db()).stream().map(r -> r.v1()).toList());
        assertOutOfScope(() -> select(USERS.NAME).from(USERS).where(USERS.ID.eq(any(select(POSTS.USER_ID)
                .from(POSTS).where(Employees.EMPLOYEES.ID.eq(POSTS.USER_ID))))).fetch(db()), "employees.id");
    }

    @Test
    @RequiresNot(Capability.QUANTIFIED_COMPARISON)
    void anAnySubqueryIsRefusedWhereMissing() {
        var q = select(USERS.NAME).from(USERS).where(USERS.ID.eq(any(select(POSTS.USER_ID).from(POSTS))));
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    void aDeleteUsingSeesItsJoinedTableOnly() {
        assertOutOfScope(() -> POSTS.delete().using(USERS).where(Employees.EMPLOYEES.ID.eq(POSTS.USER_ID))
                .execute(db()), "employees.id");
        int deleted = POSTS.delete().using(USERS).where(USERS.ID.eq(POSTS.USER_ID).and(USERS.NAME.eq("Bob")))
                .execute(db());
        assertEquals(1, deleted);
        assertEquals(2, select(count()).from(POSTS).fetchSingle(db()).v1());
    }

    @Test
    void aDerivedTableCannotSeeTheQueryItStandsIn() {
        var correlated = select(POSTS.USER_ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asTable("p");
        assertOutOfScope(() -> select(USERS.NAME).from(USERS).join(correlated)
                .on(correlated.field(POSTS.USER_ID).eq(USERS.ID)).fetch(db()), "users.id");
    }

    @Test
    void anOnConditionCannotNameALaterJoin() {
        Users u2 = USERS.as("u2");
        assertOutOfScope(() -> select(USERS.NAME).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(u2.ID)).join(u2)
                .on(u2.ID.eq(USERS.ID)).fetch(db()), "u2.id");
        var rows = select(USERS.NAME).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)).join(u2)
                .on(u2.ID.eq(POSTS.USER_ID)).orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of("Ann", "Ann", "Bob"), rows.stream().map(r -> r.v1()).toList());
    }

    @Test
    void aSetOperationMemberSeesTheEnclosingQueryButNotTheFirstMember() {
        Posts p2 = POSTS.as("p2");
        var mine = select(POSTS.USER_ID).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID))
                .union(select(p2.USER_ID).from(p2).where(p2.USER_ID.eq(USERS.ID).and(p2.LIKES.gt(1_000))));
        var rows = select(USERS.NAME).from(USERS).where(USERS.ID.in(mine)).orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of("Ann", "Bob"), rows.stream().map(r -> r.v1()).toList());
        assertOutOfScope(() -> select(USERS.NAME).from(USERS).union(select(USERS.NAME).from(POSTS)).fetch(db()),
                "users.name");
    }

    private static void assertOutOfScope(org.junit.jupiter.api.function.Executable run, String column) {
        var e = assertThrows(IllegalStateException.class, run);
        assertTrue(e.getMessage().contains(column) && e.getMessage().contains("is not in scope"), e.getMessage());
    }
}
