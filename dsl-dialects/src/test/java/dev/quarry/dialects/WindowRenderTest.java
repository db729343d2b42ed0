package dev.quarry.dialects;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.cumeDist;
import static dev.quarry.Sql.currentRow;
import static dev.quarry.Sql.denseRank;
import static dev.quarry.Sql.firstValue;
import static dev.quarry.Sql.following;
import static dev.quarry.Sql.lag;
import static dev.quarry.Sql.lastValue;
import static dev.quarry.Sql.lead;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.nthValue;
import static dev.quarry.Sql.ntile;
import static dev.quarry.Sql.orderBy;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.percentRank;
import static dev.quarry.Sql.preceding;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.rowNumber;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.unboundedFollowing;
import static dev.quarry.Sql.unboundedPreceding;
import static dev.quarry.Sql.val;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Field;
import dev.quarry.SqlType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Golden SQL of window functions and aggregates over windows, on SQLite, MySQL and PostgreSQL side by side. */
class WindowRenderTest {

    @Test
    void rankingFunctionsOverPartitionAndOrder() {
        var w = partitionBy(POSTS.USER_ID).orderBy(POSTS.LIKES.desc());
        golden(select(POSTS.ID, rowNumber().over(w), rank().over(w), denseRank().over(w)).from(POSTS))
                .sqlite("""
                        SELECT posts.id, ROW_NUMBER() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        DENSE_RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC) FROM posts""")
                .mysql("""
                        SELECT posts.id, ROW_NUMBER() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        DENSE_RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC) FROM posts""")
                .postgres("""
                        SELECT posts.id, ROW_NUMBER() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC),
                        DENSE_RANK() OVER (PARTITION BY posts.user_id ORDER BY posts.likes DESC) FROM posts""")
                .check();
    }

    @Test
    void distributionFunctionsAndNtile() {
        var w = orderBy(POSTS.LIKES);
        String expected = """
                SELECT PERCENT_RANK() OVER (ORDER BY posts.likes), CUME_DIST() OVER (ORDER BY posts.likes),
                NTILE(4) OVER (ORDER BY posts.likes) FROM posts""";
        golden(select(percentRank().over(w), cumeDist().over(w), ntile(4).over(w)).from(POSTS))
                .sqlite(expected)
                .mysql(expected)
                .postgres(expected)
                .check();
    }

    @Test
    void lagAndLeadWithOffsetAndDefault() {
        var w = orderBy(POSTS.ID);
        String expected = """
                SELECT LAG(posts.likes) OVER (ORDER BY posts.id), LAG(posts.likes, 2) OVER (ORDER BY posts.id),
                LEAD(posts.likes, 1, ?) OVER (ORDER BY posts.id), LEAD(posts.title, 3, posts.title) OVER (ORDER BY posts.id)
                FROM posts""";
        golden(select(lag(POSTS.LIKES).over(w), lag(POSTS.LIKES, 2).over(w), lead(POSTS.LIKES, 1, 0).over(w),
                lead(POSTS.TITLE, 3, POSTS.TITLE).over(w)).from(POSTS))
                .sqlite(expected, 0).mysql(expected, 0).postgres(expected, 0).mariadb("""
                        SELECT LAG(posts.likes) OVER (ORDER BY posts.id), LAG(posts.likes, 2) OVER (ORDER BY posts.id),
                        CASE WHEN ROW_NUMBER() OVER (ORDER BY posts.id) + 1 <= COUNT(*) OVER ()
                        THEN LEAD(posts.likes, 1) OVER (ORDER BY posts.id) ELSE ? END,
                        CASE WHEN ROW_NUMBER() OVER (ORDER BY posts.id) + 3 <= COUNT(*) OVER ()
                        THEN LEAD(posts.title, 3) OVER (ORDER BY posts.id) ELSE posts.title END FROM posts""", 0)
                .check();
    }

    @Test
    void lagAndLeadDefaultsAreEmulatedOnMariaDb() {
        var w = partitionBy(POSTS.USER_ID).orderBy(POSTS.ID);
        golden(select(lag(POSTS.LIKES, 1, -1).over(w), lead(POSTS.LIKES, 2, -1).over(w), lag(POSTS.LIKES, 1).over(w))
                .from(POSTS)).mariadb("""
                        SELECT CASE WHEN ROW_NUMBER() OVER (PARTITION BY posts.user_id ORDER BY posts.id) > 1
                        THEN LAG(posts.likes, 1) OVER (PARTITION BY posts.user_id ORDER BY posts.id) ELSE ? END,
                        CASE WHEN ROW_NUMBER() OVER (PARTITION BY posts.user_id ORDER BY posts.id) + 2
                        <= COUNT(*) OVER (PARTITION BY posts.user_id)
                        THEN LEAD(posts.likes, 2) OVER (PARTITION BY posts.user_id ORDER BY posts.id) ELSE ? END,
                        LAG(posts.likes, 1) OVER (PARTITION BY posts.user_id ORDER BY posts.id) FROM posts""", -1, -1)
                .mysql("""
                        SELECT LAG(posts.likes, 1, ?) OVER (PARTITION BY posts.user_id ORDER BY posts.id),
                        LEAD(posts.likes, 2, ?) OVER (PARTITION BY posts.user_id ORDER BY posts.id),
                        LAG(posts.likes, 1) OVER (PARTITION BY posts.user_id ORDER BY posts.id) FROM posts""", -1, -1)
                .sqlite(SAME).postgres(SAME)
                .check();
    }

    @Test
    void valueFunctionsWithFrames() {
        var whole = orderBy(POSTS.ID).rowsBetween(unboundedPreceding(), unboundedFollowing());
        String expected = """
                SELECT FIRST_VALUE(posts.title) OVER (ORDER BY posts.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
                LAST_VALUE(posts.title) OVER (ORDER BY posts.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
                NTH_VALUE(posts.title, 2) OVER (ORDER BY posts.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                FROM posts""";
        golden(select(firstValue(POSTS.TITLE).over(whole), lastValue(POSTS.TITLE).over(whole),
                nthValue(POSTS.TITLE, 2).over(whole)).from(POSTS)).sqlite(expected).mysql(expected).postgres(expected)
                .check();
    }

    @Test
    void aggregatesOverWindowsAndFrames() {
        String expected = """
                SELECT SUM(posts.likes) OVER (PARTITION BY posts.user_id ORDER BY posts.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                AVG(posts.likes) OVER (ORDER BY posts.id ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING),
                COUNT(*) OVER (), MIN(posts.likes) OVER (PARTITION BY posts.user_id),
                MAX(posts.likes) OVER (ORDER BY posts.likes RANGE BETWEEN 10 PRECEDING AND CURRENT ROW)
                FROM posts""";
        golden(select(
                sum(POSTS.LIKES).over(partitionBy(POSTS.USER_ID).orderBy(POSTS.ID).rowsBetween(unboundedPreceding(), currentRow())),
                avg(POSTS.LIKES).over(orderBy(POSTS.ID).rowsBetween(preceding(2), following(1))),
                count().over(),
                min(POSTS.LIKES).over(partitionBy(POSTS.USER_ID)),
                max(POSTS.LIKES).over(orderBy(POSTS.LIKES).rangeBetween(preceding(10), currentRow()))).from(POSTS))
                .sqlite(expected).mysql(expected).postgres(expected).check();
    }

    @Test
    void decimalsOrderAsNumbersOnSqlite() {
        golden(select(rank().over(orderBy(EMPLOYEES.SALARY.desc()))).from(EMPLOYEES))
                .sqlite("SELECT RANK() OVER (ORDER BY CAST(employees.salary AS REAL) DESC) FROM employees")
                .mysql("SELECT RANK() OVER (ORDER BY employees.salary DESC) FROM employees")
                .postgres("SELECT RANK() OVER (ORDER BY employees.salary DESC) FROM employees")
                .check();
    }

    @Test
    void nullsOrderInAWindowIsEmulatedOnMySql() {
        golden(select(rowNumber().over(orderBy(EMPLOYEES.SALARY.desc().nullsLast()))).from(EMPLOYEES))
                .sqlite("SELECT ROW_NUMBER() OVER (ORDER BY CAST(employees.salary AS REAL) DESC NULLS LAST) FROM employees")
                .mysql("""
                        SELECT ROW_NUMBER() OVER (ORDER BY employees.salary IS NULL, employees.salary DESC)
                        FROM employees""")
                .postgres("SELECT ROW_NUMBER() OVER (ORDER BY employees.salary DESC NULLS LAST) FROM employees")
                .check();
    }

    @Test
    void windowInWhereOfAnOrderedQueryKeepsBinds() {
        golden(select(POSTS.TITLE, sum(POSTS.LIKES).over(partitionBy(POSTS.USER_ID))).from(POSTS)
                .where(POSTS.LIKES.gt(5)).orderBy(POSTS.TITLE)).sqlite("""
                        SELECT posts.title, SUM(posts.likes) OVER (PARTITION BY posts.user_id) FROM posts
                        WHERE posts.likes > ? ORDER BY posts.title""", 5).mysql("""
                        SELECT posts.title, SUM(posts.likes) OVER (PARTITION BY posts.user_id) FROM posts
                        WHERE posts.likes > ? ORDER BY posts.title""", 5).postgres("""
                        SELECT posts.title, SUM(posts.likes) OVER (PARTITION BY posts.user_id) FROM posts
                        WHERE posts.likes > ? ORDER BY posts.title""", 5).check();
    }

    @Test
    void olderServersWithoutWindowsRefuse() {
        var q = select(rowNumber().over(orderBy(POSTS.ID))).from(POSTS);
        golden(q)
                .on(OldVersions.sqlite(24), UNSUPPORTED)
                .on(OldVersions.mysql57(), UNSUPPORTED)
                .on(OldVersions.sqlite(25), "SELECT ROW_NUMBER() OVER (ORDER BY posts.id) FROM posts")
                .checkVersions();
        golden(select(sum(POSTS.LIKES).over()).from(POSTS)).on(OldVersions.mysql57(), UNSUPPORTED).checkVersions();
    }

    @Test
    void resultTypes() {
        Field<Long> n = rowNumber().over();
        Field<Double> p = percentRank().over();
        Field<Integer> t = ntile(2).over();
        Field<Integer> l = lag(POSTS.LIKES).over(orderBy(POSTS.ID));
        Field<BigDecimal> s = sum(POSTS.LIKES).over();
        assertEquals(SqlType.BIGINT, n.type());
        assertEquals(SqlType.DOUBLE, p.type());
        assertEquals(SqlType.INTEGER, t.type());
        assertEquals(SqlType.INTEGER, l.type());
        assertEquals(BigDecimal.class, s.type().javaType());
        assertEquals(rowNumber().over(orderBy(POSTS.ID)), rowNumber().over(orderBy(POSTS.ID)), "windows are values");
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("ntile buckets must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> ntile(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> nthValue(POSTS.ID, 0));
        assertThrows(IllegalArgumentException.class, () -> lag(POSTS.ID, -1));
        assertThrows(IllegalArgumentException.class, () -> preceding(-1));
        assertThrows(IllegalArgumentException.class, () -> partitionBy());
        assertThrows(IllegalArgumentException.class, () -> orderBy(POSTS.ID).rowsBetween(currentRow(), preceding(1)));
        assertThrows(IllegalArgumentException.class,
                () -> orderBy(POSTS.ID).rowsBetween(unboundedFollowing(), unboundedFollowing()));
        assertThrows(IllegalArgumentException.class,
                () -> partitionBy(POSTS.ID).rangeBetween(preceding(1), currentRow()), "RANGE offsets need one ORDER BY");
        assertThrows(IllegalArgumentException.class, () -> dev.quarry.Sql.countDistinct(POSTS.ID).over());
        assertThrows(IllegalArgumentException.class, () -> lag(POSTS.ID, 1, (Long) null));
        assertThrows(IllegalArgumentException.class, () -> rowNumber().over(null));
        assertEquals("SELECT LAG(posts.id, 1, ?) OVER () FROM posts",
                select(lag(POSTS.ID, 1, val(7L)).over()).from(POSTS).toSql(Dialects.POSTGRES).sql());
    }
}
