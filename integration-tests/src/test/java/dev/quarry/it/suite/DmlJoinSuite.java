package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UPDATE ... FROM, DELETE ... USING and upserts with a condition, on every database. */
public abstract class DmlJoinSuite extends SuiteBase {

    private List<String> titles() {
        return select(POSTS.TITLE).from(POSTS).orderBy(POSTS.TITLE).fetch(db()).stream().map(r -> r.v1()).toList();
    }

    @Test
    @Requires(Capability.UPDATE_FROM)
    void updateFromAnotherTable() {
        seedUsersAndPosts();
        int n = POSTS.update().set(POSTS.TITLE, USERS.NAME).from(USERS)
                .where(USERS.ID.eq(POSTS.USER_ID).and(USERS.AGE.gt(40))).execute(db());
        assertEquals(1, n);
        assertEquals(List.of("Bob", "Hello", "World"), titles());
    }

    @Test
    @RequiresNot(Capability.UPDATE_FROM)
    void updateFromIsRefusedWhereMissing() {
        var q = POSTS.update().set(POSTS.TITLE, USERS.NAME).from(USERS).where(USERS.ID.eq(POSTS.USER_ID));
        assertThrows(UnsupportedFeatureException.class, () -> q.execute(db()));
    }

    @Test
    void deleteUsingAnotherTable() {
        seedUsersAndPosts();
        int n = POSTS.delete().using(USERS).where(USERS.ID.eq(POSTS.USER_ID).and(USERS.NAME.eq("Ann"))).execute(db());
        assertEquals(2, n);
        assertEquals(List.of("Bob's post"), titles());
        assertEquals(3L, select(count()).from(USERS).fetchSingle(db()).v1(), "only the target table loses rows");
    }

    @Test
    @Requires(Capability.UPSERT)
    void upsertUpdatesOnlyWhereTheConditionHolds() {
        insertUser("Ann", "a@x.io", 31);
        var younger = USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io").set(USERS.AGE, 20)
                .onConflict(USERS.EMAIL).doUpdate().set(USERS.AGE, excluded(USERS.AGE))
                .where(USERS.AGE.lt(excluded(USERS.AGE)));
        younger.execute(db());
        assertEquals(31, select(USERS.AGE).from(USERS).fetchSingle(db()).v1(), "20 is not more than 31: kept");
        var older = USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io").set(USERS.AGE, 40)
                .onConflict(USERS.EMAIL).doUpdate().set(USERS.AGE, excluded(USERS.AGE))
                .where(USERS.AGE.lt(excluded(USERS.AGE)));
        older.execute(db());
        assertEquals(40, select(USERS.AGE).from(USERS).fetchSingle(db()).v1());
        assertEquals(1L, select(count()).from(USERS).fetchSingle(db()).v1());
    }

    @Test
    @Requires(Capability.UPSERT)
    void upsertConditionOnTheProposedRowAndSeveralAssignments() {
        insertUser("Ann", "a@x.io", 31);
        USERS.insert().set(USERS.NAME, "Annie").set(USERS.EMAIL, "a@x.io").set(USERS.AGE, 32)
                .onConflict(USERS.EMAIL).doUpdate().set(USERS.NAME, excluded(USERS.NAME)).set(USERS.AGE, excluded(USERS.AGE))
                .where(excluded(USERS.AGE).gt(30)).execute(db());
        var r = select(USERS.NAME, USERS.AGE).from(USERS).fetchSingle(db());
        assertEquals("Annie", r.v1());
        assertEquals(32, r.v2());
        USERS.insert().set(USERS.NAME, "Young").set(USERS.EMAIL, "a@x.io").set(USERS.AGE, 5)
                .onConflict(USERS.EMAIL).doUpdate().set(USERS.NAME, excluded(USERS.NAME)).set(USERS.AGE, excluded(USERS.AGE))
                .where(excluded(USERS.AGE).gt(30)).execute(db());
        assertEquals("Annie", select(USERS.NAME).from(USERS).fetchSingle(db()).v1());
    }
}
