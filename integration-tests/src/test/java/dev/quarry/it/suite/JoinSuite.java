package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Employees.EMPLOYEES;
import static dev.quarry.it.suite.model.PostTags.POST_TAGS;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.SchemaException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.it.suite.model.Employees;
import dev.quarry.it.suite.model.Users;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Joins: explicit, inferred from foreign keys, along relationships, self-joins, outer joins. */
public abstract class JoinSuite extends SuiteBase {

    @BeforeEach
    void seed() {
        seedUsersAndPosts();
        long hello = select(POSTS.ID).from(POSTS).where(POSTS.TITLE.eq("Hello")).fetchSingle(db()).v1();
        int java = select(TAGS.ID).from(TAGS).where(TAGS.LABEL.eq("java")).fetchSingle(db()).v1();
        int sql = select(TAGS.ID).from(TAGS).where(TAGS.LABEL.eq("sql")).fetchSingle(db()).v1();
        POST_TAGS.insert(POST_TAGS.POST_ID, POST_TAGS.TAG_ID).values(hello, java).values(hello, sql).execute(db());
        long boss = EMPLOYEES.insert().set(EMPLOYEES.NAME, "Grace").set(EMPLOYEES.SALARY, new BigDecimal("300.00"))
                .returning(EMPLOYEES.ID).fetchSingle(db()).v1();
        EMPLOYEES.insert(EMPLOYEES.NAME, EMPLOYEES.SALARY, EMPLOYEES.MANAGER_ID)
                .values("Linus", new BigDecimal("200.00"), boss).values("Ada", new BigDecimal("250.50"), boss)
                .execute(db());
    }

    @Test
    void innerJoinOn() {
        var rows = select(USERS.NAME, POSTS.TITLE).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID))
                .orderBy(POSTS.TITLE).fetch(db());
        assertEquals(List.of("Bob's post", "Hello", "World"), rows.stream().map(r -> r.v2()).toList());
    }

    @Test
    void leftJoinOnKeyKeepsUnmatchedRows() {
        var rows = select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(POSTS).onKey()
                .where(USERS.NAME.eq("Cy")).fetch(db());
        assertEquals(1, rows.size());
        assertNull(rows.get(0).v2());
    }

    @Test
    void onKeyWithoutOrWithManyKeysNamesTheCandidates() {
        SchemaException none = assertThrows(SchemaException.class,
                () -> select(USERS.NAME).from(USERS).join(TAGS).onKey());
        assertTrue(none.getMessage().contains("no foreign key"), none.getMessage());
        Employees m = EMPLOYEES.as("m");
        SchemaException many = assertThrows(SchemaException.class,
                () -> select(EMPLOYEES.NAME).from(EMPLOYEES).join(m).onKey());
        assertTrue(many.getMessage().contains("more than one"), many.getMessage());
    }

    @Test
    void joinAlongRelationships() {
        var toMany = select(USERS.NAME, count(POSTS.ID)).from(USERS).join(USERS.POSTS).groupBy(USERS.NAME)
                .orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of(2L, 1L), toMany.stream().map(r -> r.v2()).toList());
        var toOne = select(POSTS.TITLE, USERS.NAME).from(POSTS).join(POSTS.AUTHOR).orderBy(POSTS.TITLE).fetch(db());
        assertEquals(List.of("Bob", "Ann", "Ann"), toOne.stream().map(r -> r.v2()).toList());
        var manyToMany = select(TAGS.LABEL).from(POSTS).join(POSTS.TAGS).where(POSTS.TITLE.eq("Hello"))
                .orderBy(TAGS.LABEL).fetch(db());
        assertEquals(List.of("java", "sql"), manyToMany.stream().map(r -> r.v1()).toList());
        var left = select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(USERS.POSTS).where(POSTS.ID.isNull())
                .fetch(db());
        assertEquals(List.of("Cy"), left.stream().map(r -> r.v1()).toList());
    }

    @Test
    void selfJoinThroughAnAlias() {
        Employees m = EMPLOYEES.as("m");
        var rows = select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).join(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID))
                .orderBy(EMPLOYEES.NAME).fetch(db());
        assertEquals(2, rows.size());
        assertEquals("Ada", rows.get(0).get(EMPLOYEES.NAME));
        assertEquals("Grace", rows.get(0).get(m.NAME));
        var viaRelationship = select(EMPLOYEES.NAME).from(m).join(m.MANAGER).where(m.NAME.eq("Ada")).fetch(db());
        assertEquals(List.of("Grace"), viaRelationship.stream().map(r -> r.v1()).toList());
    }

    @Test
    void crossJoin() {
        Users other = USERS.as("other");
        var n = select(count()).from(USERS).crossJoin(other).fetchSingle(db()).v1();
        assertEquals(9L, n);
    }

    @Test
    @Requires(Capability.RIGHT_JOIN)
    void rightJoin() {
        var rows = select(POSTS.TITLE, USERS.NAME).from(POSTS).rightJoin(USERS).on(POSTS.USER_ID.eq(USERS.ID))
                .where(POSTS.ID.isNull()).fetch(db());
        assertEquals(List.of("Cy"), rows.stream().map(r -> r.v2()).toList());
    }

    @Test
    @RequiresNot(Capability.RIGHT_JOIN)
    void rightJoinIsRefusedWhereMissing() {
        var q = select(POSTS.TITLE).from(POSTS).rightJoin(USERS).on(POSTS.USER_ID.eq(USERS.ID));
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    @Requires(Capability.FULL_JOIN)
    void fullJoin() {
        var rows = select(USERS.NAME, POSTS.TITLE).from(USERS).fullJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID))
                .fetch(db());
        assertEquals(4, rows.size());
    }

    @Test
    @RequiresNot(Capability.FULL_JOIN)
    void fullJoinIsRefusedWhereMissing() {
        var q = select(USERS.NAME).from(USERS).fullJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
        assertTrue(e.getMessage().contains("FULL JOIN"), e.getMessage());
        assertTrue(e.getMessage().contains(db().dialect().name()), e.getMessage());
    }
}
