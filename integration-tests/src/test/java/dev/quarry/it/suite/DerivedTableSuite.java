package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.with;
import static dev.quarry.Sql.withRecursive;
import static dev.quarry.it.suite.model.Employees.EMPLOYEES;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Field;
import dev.quarry.Param;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Derived tables and common table expressions (plain and recursive) in SELECT, INSERT and UPDATE. */
public abstract class DerivedTableSuite extends SuiteBase {

    @BeforeEach
    void seed() {
        seedUsersAndPosts();
        // Ada runs the company; Bea reports to her, Cal and Dan to Bea, Eve to Dan
        long ada = employee("Ada", null);
        long bea = employee("Bea", ada);
        employee("Cal", bea);
        long dan = employee("Dan", bea);
        employee("Eve", dan);
    }

    private long employee(String name, Long manager) {
        return EMPLOYEES.insert().set(EMPLOYEES.NAME, name).set(EMPLOYEES.MANAGER_ID, manager)
                .set(EMPLOYEES.SALARY, new BigDecimal("100.00")).returning(EMPLOYEES.ID).fetchSingle(db()).v1();
    }

    @Test
    void joinADerivedTableOfAggregates() {
        var likes = sum(POSTS.LIKES).as("likes");
        var n = count(POSTS.ID).as("n");
        var perUser = select(POSTS.USER_ID, likes, n).from(POSTS).groupBy(POSTS.USER_ID).asTable("p");
        var rows = select(USERS.NAME, perUser.field(likes), perUser.field(n)).from(USERS).join(perUser)
                .on(perUser.field(POSTS.USER_ID).eq(USERS.ID)).orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of("Ann 13 2", "Bob 7 1"), rows.stream()
                .map(r -> r.v1() + " " + r.v2().intValue() + " " + r.v3()).toList());
    }

    @Test
    void filterOnADerivedColumn() {
        var n = count(POSTS.ID).as("n");
        var t = select(POSTS.USER_ID, n).from(POSTS).groupBy(POSTS.USER_ID).asTable("t");
        Field<Long> posts = t.field(n);
        assertEquals(List.of(2L), select(posts).from(t).where(posts.gt(1L)).fetch(db()).stream().map(r -> r.v1())
                .toList());
    }

    @Test
    void aParameterInsideADerivedTableIsBoundOnTheOuterQuery() {
        Param<Integer> min = param("min", Integer.class);
        var n = count(POSTS.ID).as("n");
        var popular = select(POSTS.USER_ID, n).from(POSTS).where(POSTS.LIKES.ge(min)).groupBy(POSTS.USER_ID)
                .asTable("popular");
        var q = select(USERS.NAME, popular.field(n)).from(USERS).join(popular)
                .on(popular.field(POSTS.USER_ID).eq(USERS.ID)).orderBy(USERS.NAME);
        assertEquals(List.of("Ann 1", "Bob 1"), q.bind(min, 5).fetch(db()).stream().map(r -> r.v1() + " " + r.v2())
                .toList());
        assertEquals(List.of("Ann 2", "Bob 1"), q.bind(min, 0).fetch(db()).stream().map(r -> r.v1() + " " + r.v2())
                .toList());
        var bound = select(POSTS.USER_ID).from(POSTS).where(POSTS.LIKES.ge(min)).bind(min, 1);
        assertThrows(IllegalStateException.class, () -> bound.asTable("b"));
        assertThrows(IllegalStateException.class, () -> with("b").as(bound));
    }

    @Test
    void ctesReferringToEachOther() {
        var n = count(POSTS.ID).as("n");
        var counts = with("counts").as(select(POSTS.USER_ID, n).from(POSTS).groupBy(POSTS.USER_ID));
        var busy = with("busy").as(select(counts.field(POSTS.USER_ID)).from(counts).where(counts.field(n).ge(2L)));
        var names = select(USERS.NAME).from(USERS).join(busy).on(busy.field(POSTS.USER_ID).eq(USERS.ID)).fetch(db());
        assertEquals(List.of("Ann"), names.stream().map(r -> r.v1()).toList());
    }

    @Test
    void recursiveSeries() {
        Field<Integer> x = inline(1).as("x");
        var series = withRecursive("series").as(self -> select(x)
                .unionAll(select(self.field(x).add(1)).from(self).where(self.field(x).lt(10))));
        var rows = select(series.field(x)).from(series).orderBy(series.field(x)).fetch(db());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), rows.stream().map(r -> r.v1()).toList());
    }

    @Test
    void recursiveManagementChainOfAnyDepth() {
        Field<Integer> depth = inline(0).as("depth");
        var chain = withRecursive("chain").as(self -> select(EMPLOYEES.ID, EMPLOYEES.NAME, depth).from(EMPLOYEES)
                .where(EMPLOYEES.MANAGER_ID.isNull())
                .unionAll(select(EMPLOYEES.ID, EMPLOYEES.NAME, self.field(depth).add(1)).from(EMPLOYEES).join(self)
                        .on(EMPLOYEES.MANAGER_ID.eq(self.field(EMPLOYEES.ID)))));
        var rows = select(chain.field(EMPLOYEES.NAME), chain.field(depth)).from(chain)
                .orderBy(chain.field(depth), chain.field(EMPLOYEES.NAME)).fetch(db());
        assertEquals(List.of("Ada 0", "Bea 1", "Cal 2", "Dan 2", "Eve 3"),
                rows.stream().map(r -> r.v1() + " " + r.v2()).toList());
    }

    @Test
    void aCteFeedsAnInsertAndAnUpdate() {
        var bosses = with("bosses").as(select(EMPLOYEES.NAME).from(EMPLOYEES).where(EMPLOYEES.MANAGER_ID.isNull()));
        assertEquals(1, USERS.insert(USERS.NAME).select(select(bosses.field(EMPLOYEES.NAME)).from(bosses))
                .execute(db()));
        var managers = with("managers").as(select(EMPLOYEES.NAME).from(EMPLOYEES)
                .where(EMPLOYEES.MANAGER_ID.isNotNull()));
        assertEquals(1, USERS.update().set(USERS.AGE, 99)
                .where(USERS.NAME.in(select(managers.field(EMPLOYEES.NAME)).from(managers))
                        .or(USERS.NAME.eq("Ada")))
                .execute(db()));
        assertEquals(List.of(99), select(USERS.AGE).from(USERS).where(USERS.NAME.eq("Ada")).fetch(db()).stream()
                .map(r -> r.v1()).toList());
    }
}
