package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.with;
import static dev.quarry.Sql.withRecursive;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Field;
import org.junit.jupiter.api.Test;

/** Common table expressions, plain and recursive, on the three dialects. */
class CommonTableExpressionRenderTest {

    @Test
    void aCteIsDeclaredByTheSelectThatUsesIt() {
        var active = with("active").as(select(USERS.ID, USERS.NAME).from(USERS).where(USERS.EMAIL.isNotNull()));
        var q = select(active.field(USERS.NAME)).from(active).orderBy(active.field(USERS.NAME));
        String sql = "WITH active AS (SELECT users.id, users.name FROM users WHERE users.email IS NOT NULL) "
                + "SELECT active.name FROM active ORDER BY active.name";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void ctesReferringToEachOtherAreDeclaredInOrderOnce() {
        var n = count(POSTS.ID).as("n");
        var counts = with("counts").as(select(POSTS.USER_ID, n).from(POSTS).groupBy(POSTS.USER_ID));
        var busy = with("busy").as(select(counts.field(POSTS.USER_ID)).from(counts).where(counts.field(n).gt(2L)));
        var q = select(USERS.NAME).from(USERS).join(busy).on(busy.field(POSTS.USER_ID).eq(USERS.ID)).join(counts)
                .on(counts.field(POSTS.USER_ID).eq(USERS.ID));
        String sql = "WITH counts AS (SELECT posts.user_id, COUNT(posts.id) AS n FROM posts GROUP BY posts.user_id), "
                + "busy AS (SELECT counts.user_id FROM counts WHERE counts.n > ?) SELECT users.name FROM users "
                + "JOIN busy ON busy.user_id = users.id JOIN counts ON counts.user_id = users.id";
        golden(q).sqlite(sql, 2L).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aCteUsedInASubqueryOfTheSameStatementIsNotDeclaredTwice() {
        var bosses = with("bosses").as(select(EMPLOYEES.ID).from(EMPLOYEES).where(EMPLOYEES.MANAGER_ID.isNull()));
        var q = select(bosses.field(EMPLOYEES.ID)).from(bosses)
                .where(bosses.field(EMPLOYEES.ID).in(select(bosses.field(EMPLOYEES.ID)).from(bosses)));
        String sql = "WITH bosses AS (SELECT employees.id FROM employees WHERE employees.manager_id IS NULL) "
                + "SELECT bosses.id FROM bosses WHERE bosses.id IN (SELECT bosses.id FROM bosses)";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aCteInAnUpdateSubqueryIsDeclaredThere() {
        var bosses = with("bosses").as(select(EMPLOYEES.ID).from(EMPLOYEES).where(EMPLOYEES.MANAGER_ID.isNull()));
        var q = USERS.update().set(USERS.NAME, "boss")
                .where(USERS.ID.in(select(bosses.field(EMPLOYEES.ID)).from(bosses)));
        String sql = "UPDATE users SET name = ? WHERE users.id IN (WITH bosses AS (SELECT employees.id FROM employees "
                + "WHERE employees.manager_id IS NULL) SELECT bosses.id FROM bosses)";
        golden(q).sqlite(sql, "boss").mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aCteFeedsAnInsert() {
        var bosses = with("bosses").as(select(EMPLOYEES.NAME).from(EMPLOYEES).where(EMPLOYEES.MANAGER_ID.isNull()));
        var q = USERS.insert(USERS.NAME).select(select(bosses.field(EMPLOYEES.NAME)).from(bosses));
        String sql = "INSERT INTO users (name) WITH bosses AS (SELECT employees.name FROM employees WHERE "
                + "employees.manager_id IS NULL) SELECT bosses.name FROM bosses";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aRecursiveSeries() {
        Field<Integer> x = inline(1).as("x");
        var series = withRecursive("series").as(self -> select(x)
                .unionAll(select(self.field(x).add(1)).from(self).where(self.field(x).lt(5))));
        var q = select(series.field(x)).from(series);
        String sql = "WITH RECURSIVE series AS (SELECT 1 AS x UNION ALL SELECT (series.x + ?) FROM series "
                + "WHERE series.x < ?) SELECT series.x FROM series";
        golden(q).sqlite(sql, 1, 5).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aRecursiveManagementChain() {
        Field<Integer> depth = inline(0).as("depth");
        var chain = withRecursive("chain").as(self -> select(EMPLOYEES.ID, EMPLOYEES.NAME, depth).from(EMPLOYEES)
                .where(EMPLOYEES.MANAGER_ID.isNull())
                .unionAll(select(EMPLOYEES.ID, EMPLOYEES.NAME, self.field(depth).add(1)).from(EMPLOYEES).join(self)
                        .on(EMPLOYEES.MANAGER_ID.eq(self.field(EMPLOYEES.ID)))));
        var q = select(chain.field(EMPLOYEES.NAME), chain.field(depth)).from(chain)
                .orderBy(chain.field(depth), chain.field(EMPLOYEES.NAME));
        String sql = "WITH RECURSIVE chain AS (SELECT employees.id, employees.name, 0 AS depth FROM employees "
                + "WHERE employees.manager_id IS NULL UNION ALL SELECT employees.id, employees.name, (chain.depth + ?) "
                + "FROM employees JOIN chain ON employees.manager_id = chain.id) "
                + "SELECT chain.name, chain.depth FROM chain ORDER BY chain.depth, chain.name";
        golden(q).sqlite(sql, 1).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void badCtesAreRefusedWhileBuilding() {
        var a1 = with("a").as(select(USERS.ID).from(USERS));
        var a2 = with("a").as(select(POSTS.ID).from(POSTS));
        assertThrows(IllegalArgumentException.class, () -> select(a1.field(USERS.ID)).from(a1).crossJoin(a2));
        assertThrows(IllegalStateException.class, () -> with("b").as(self -> select(USERS.ID).from(USERS)));
        assertThrows(IllegalArgumentException.class, () -> with(""));
        assertThrows(IllegalArgumentException.class, () -> a1.field(USERS.NAME));
    }
}
