package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Field;
import dev.quarry.SqlType;
import org.junit.jupiter.api.Test;

/** Derived tables, {@code (SELECT ...) t}, in FROM and JOIN with typed columns, on the three dialects. */
class DerivedTableRenderTest {

    @Test
    void fromADerivedTableWithAnAliasedAggregate() {
        var likes = sum(POSTS.LIKES).as("total");
        var t = select(POSTS.USER_ID, likes).from(POSTS).groupBy(POSTS.USER_ID).asTable("t");
        Field<java.math.BigDecimal> total = t.field(likes);
        var q = select(t.field(POSTS.USER_ID), total).from(t).where(total.gt(java.math.BigDecimal.TEN));
        String sql = "SELECT t.user_id, t.total FROM (SELECT posts.user_id, SUM(posts.likes) AS total FROM posts "
                + "GROUP BY posts.user_id) t WHERE t.total > ?";
        // SQLite stores decimals as text and compares them as numbers
        golden(q)
                .sqlite(sql.replace("t.total > ?", "CAST(t.total AS REAL) > CAST(? AS REAL)"), java.math.BigDecimal.TEN)
                .mysql(sql, java.math.BigDecimal.TEN)
                .postgres(SAME)
                .check();
    }

    @Test
    void joinADerivedTable() {
        var n = count(POSTS.ID).as("n");
        var counts = select(POSTS.USER_ID, n).from(POSTS).groupBy(POSTS.USER_ID).asTable("c");
        var q = select(USERS.NAME, counts.field(n)).from(USERS).leftJoin(counts)
                .on(counts.field(POSTS.USER_ID).eq(USERS.ID)).orderBy(USERS.NAME);
        String sql = "SELECT users.name, c.n FROM users LEFT JOIN (SELECT posts.user_id, COUNT(posts.id) AS n FROM "
                + "posts GROUP BY posts.user_id) c ON c.user_id = users.id ORDER BY users.name";
        golden(q).sqlite(sql).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void bindsInsideADerivedTableComeInTextOrder() {
        var t = select(USERS.ID, USERS.NAME).from(USERS).where(USERS.NAME.like("A%")).asTable("a");
        var q = select(t.field(USERS.NAME)).from(t).where(t.field(USERS.ID).gt(5L)).limit(3);
        String sql = "SELECT a.name FROM (SELECT users.id, users.name FROM users WHERE users.name LIKE ?) a "
                + "WHERE a.id > ? LIMIT ?";
        golden(q).sqlite(sql, "A%", 5L, 3L).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aWholeTableSelectIsADerivedTableToo() {
        var t = USERS.select().where(USERS.NAME.like("A%")).asTable("a");
        var q = select(t.field(USERS.EMAIL)).from(t);
        String sql = "SELECT a.email FROM (SELECT users.id, users.name, users.email, users.created_at FROM users "
                + "WHERE users.name LIKE ?) a";
        golden(q).sqlite(sql, "A%").mysql(SAME).postgres(SAME).check();
    }

    @Test
    void aFieldIsTypedAsTheSelectItem() {
        var t = select(USERS.NAME, count().as("n")).from(USERS).groupBy(USERS.NAME).asTable("t");
        Field<String> name = t.field(USERS.NAME);
        Field<Long> n = t.field(count().as("n"));
        assertEquals(SqlType.varchar(50), name.type());
        assertEquals(SqlType.BIGINT, n.type());
    }

    @Test
    void aFieldThatTheSelectListLacksIsAClearError() {
        var t = select(USERS.NAME, count()).from(USERS).groupBy(USERS.NAME).asTable("t");
        var e = assertThrows(IllegalArgumentException.class, () -> t.field(USERS.EMAIL));
        assertTrue(e.getMessage().contains("derived table t has no column named email"), e.getMessage());
        var unnamed = assertThrows(IllegalArgumentException.class, () -> t.field(count()));
        assertTrue(unnamed.getMessage().contains("as(\"name\")"), unnamed.getMessage());
        var twice = select(USERS.ID, POSTS.ID).from(USERS).join(POSTS).onKey().asTable("x");
        var dup = assertThrows(IllegalArgumentException.class, () -> twice.field(USERS.ID));
        assertTrue(dup.getMessage().contains("2 columns named id"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> select(USERS.ID).from(USERS).asTable(" "));
    }
}
