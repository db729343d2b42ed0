package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Row2;
import dev.quarry.Select1;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UNION, INTERSECT and EXCEPT: rows, duplicates, ordering and paging of the whole result. */
public abstract class SetOperationSuite extends SuiteBase {

    @BeforeEach
    void seed() {
        seedUsersAndPosts();
    }

    /** Names of users with a post: Ann (twice, she has two posts), Bob. */
    private static Select1<String> authors() {
        return select(USERS.NAME).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID));
    }

    /** Names of users older than 40: Bob. */
    private static Select1<String> over40() {
        return select(USERS.NAME).from(USERS).where(USERS.AGE.gt(40));
    }

    private static Select1<String> everyone() {
        return select(USERS.NAME).from(USERS);
    }

    @Test
    void unionRemovesDuplicatesAndUnionAllKeepsThem() {
        assertEquals(List.of("Ann", "Bob"), authors().union(over40()).orderBy(USERS.NAME).fetch(db()).stream()
                .map(r -> r.v1()).toList());
        assertEquals(List.of("Ann", "Ann", "Bob", "Bob"), authors().unionAll(over40()).orderBy(USERS.NAME)
                .fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    void orderByLimitAndOffsetApplyToTheWholeResult() {
        var q = everyone().unionAll(over40()).orderBy(USERS.NAME.desc()).limit(2).offset(1);
        assertEquals(List.of("Bob", "Bob"), q.fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    void aMemberWithItsOwnLimit() {
        var q = over40().union(everyone().orderBy(USERS.NAME).limit(1)).orderBy(USERS.NAME);
        assertEquals(List.of("Ann", "Bob"), q.fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    void twoColumnsWithAnAggregateOrderedByItsAlias() {
        var n = count(POSTS.ID).as("n");
        List<Row2<String, Long>> rows = select(USERS.NAME, n).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID))
                .groupBy(USERS.NAME)
                .unionAll(select(USERS.NAME, count().as("n")).from(USERS).where(USERS.EMAIL.isNull())
                        .groupBy(USERS.NAME))
                .orderBy(n.desc(), USERS.NAME).fetch(db());
        assertEquals(List.of("Ann:2", "Bob:1", "Cy:1"), rows.stream().map(r -> r.v1() + ":" + r.v2()).toList());
    }

    @Test
    @Requires(Capability.INTERSECT_EXCEPT)
    void intersectAndExcept() {
        assertEquals(List.of("Bob"), authors().intersect(over40()).fetch(db()).stream().map(r -> r.v1()).toList());
        assertEquals(List.of("Ann", "Cy"), everyone().except(over40()).orderBy(USERS.NAME).fetch(db()).stream()
                .map(r -> r.v1()).toList());
        var nested = everyone().except(authors().intersect(over40())).orderBy(USERS.NAME);
        assertEquals(List.of("Ann", "Cy"), nested.fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    @RequiresNot(Capability.INTERSECT_EXCEPT)
    void intersectIsRefusedWhereMissing() {
        assertThrows(UnsupportedFeatureException.class, () -> authors().intersect(over40()).fetch(db()));
    }

    @Test
    @Requires(Capability.INTERSECT_EXCEPT_ALL)
    void intersectAllAndExceptAllCountDuplicates() {
        var twoAnns = everyone().unionAll(select(USERS.NAME).from(USERS).where(USERS.NAME.eq("Ann")));
        assertEquals(List.of("Ann", "Ann", "Bob"), authors().intersectAll(twoAnns).orderBy(USERS.NAME).fetch(db())
                .stream().map(r -> r.v1()).toList());
        assertEquals(List.of("Ann"), authors().exceptAll(everyone()).fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    @RequiresNot(Capability.INTERSECT_EXCEPT_ALL)
    void intersectAllIsRefusedWhereMissing() {
        assertThrows(UnsupportedFeatureException.class, () -> authors().intersectAll(over40()).fetch(db()));
        assertThrows(UnsupportedFeatureException.class, () -> authors().exceptAll(over40()).fetch(db()));
    }
}
