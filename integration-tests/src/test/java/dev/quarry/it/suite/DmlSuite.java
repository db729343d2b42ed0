package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.QueryExecutionException;
import dev.quarry.Row1;
import dev.quarry.Row2;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** INSERT, UPDATE, DELETE: values, returning, records, upserts, batches and the guards. */
public abstract class DmlSuite extends SuiteBase {

    private long users() {
        return select(count()).from(USERS).fetchSingle(db()).v1();
    }

    @Test
    void insertWithSetAndReturningTheGeneratedKey() {
        long a = insertUser("Ann", "a@x.io", 1);
        long b = insertUser("Bob", "b@x.io", 2);
        assertTrue(b > a, "keys are generated in order");
        assertEquals("Bob", select(USERS.NAME).from(USERS).where(USERS.ID.eq(b)).fetchSingle(db()).v1());
    }

    @Test
    void insertManyRowsAndFromASelect() {
        int n = TAGS.insert(TAGS.LABEL).values("a").values("b").values("c").execute(db());
        assertEquals(3, n);
        long ann = insertUser("Ann", null, null);
        int copied = POSTS.insert(POSTS.USER_ID, POSTS.TITLE)
                .select(select(USERS.ID, TAGS.LABEL).from(USERS).crossJoin(TAGS)).execute(db());
        assertEquals(3, copied);
        assertEquals(3L, select(count()).from(POSTS).where(POSTS.USER_ID.eq(ann)).fetchSingle(db()).v1());
        assertEquals(0, select(POSTS.LIKES).from(POSTS).limit(1).fetchSingle(db()).v1(), "default value applies");
    }

    /** A record whose components are columns of users; id is null so the database makes it. */
    public record NewUser(Long id, String name, String email, Integer age) {
    }

    /** A POJO read through getters. */
    public static final class TagBean {
        public String getLabel() {
            return "pojo";
        }
    }

    @Test
    void insertFromRecordAndPojo() {
        USERS.insertFrom(new NewUser(null, "Rec", "rec@x.io", 5)).execute(db());
        var row = USERS.select().where(USERS.NAME.eq("Rec")).fetchSingle(db());
        assertEquals("rec@x.io", row.get(USERS.EMAIL));
        assertNotNull(row.get(USERS.ID));
        TAGS.insertFrom(new TagBean()).execute(db());
        assertEquals(1L, select(count()).from(TAGS).where(TAGS.LABEL.eq("pojo")).fetchSingle(db()).v1());
    }

    @Test
    void updateAndDelete() {
        long ann = insertUser("Ann", "a@x.io", 30);
        insertUser("Bob", "b@x.io", 40);
        assertEquals(1, USERS.update().set(USERS.AGE, USERS.AGE.add(1)).set(USERS.EMAIL, (String) null)
                .where(USERS.ID.eq(ann)).execute(db()));
        var r = select(USERS.AGE, USERS.EMAIL).from(USERS).where(USERS.ID.eq(ann)).fetchSingle(db());
        assertEquals(31, r.v1());
        assertNull(r.v2());
        assertEquals(1, USERS.delete().where(USERS.NAME.eq("Bob")).execute(db()));
        assertEquals(1L, users());
        assertEquals(1, USERS.update().set(USERS.AGE, 0).whereAll().execute(db()));
        assertEquals(1, USERS.delete().whereAll().execute(db()));
        assertEquals(0L, users());
    }

    @Test
    void updateOrDeleteWithoutWhereIsRefused() {
        insertUser("Ann", null, null);
        assertThrows(UnsafeStatementException.class, () -> USERS.update().set(USERS.AGE, 1).execute(db()));
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().execute(db()));
        assertEquals(1L, users(), "nothing was deleted");
    }

    @Test
    void nullWhereNotAllowed() {
        assertThrows(IllegalArgumentException.class, () -> USERS.insert().set(USERS.NAME, (String) null));
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> USERS.insert().set(USERS.EMAIL, "x@y").execute(db()));
        assertNotNull(e.sql());
        assertTrue(e.sql().contains("INSERT"), e.sql());
        assertEquals(0L, users());
    }

    @Test
    void constraintViolationCarriesSqlAndSqlStateButNoValues() {
        insertUser("Ann", "dup@x.io", null);
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> insertUser("Bob", "dup@x.io", null));
        assertNotNull(e.sqlState());
        assertTrue(e.sqlState().startsWith("23"), "a constraint violation is SQLState class 23: " + e.sqlState());
        assertTrue(e.sql().contains("?") && !e.sql().contains("Bob"), "values are bound, not in the SQL: " + e.sql());
    }

    @Test
    void hostileStringsComeBackUnchanged() {
        List<String> hostile = List.of("O'Brien", "\"quoted\"", "back\\slash", "-- comment", "/* c */", "; DROP TABLE users; --",
                "percent % and _ underscore", "ünïcødé ✓ 漢字 😀", "", " leading and trailing ", "tab\tnew\nline", "\\'");
        for (String s : hostile) {
            TAGS.insert().set(TAGS.LABEL, s.isEmpty() ? "empty" + s : s).execute(db());
        }
        List<String> back = new ArrayList<>();
        for (String s : hostile) {
            String label = s.isEmpty() ? "empty" : s;
            back.add(select(TAGS.LABEL).from(TAGS).where(TAGS.LABEL.eq(label)).fetchSingle(db()).v1());
        }
        assertEquals(hostile.stream().map(s -> s.isEmpty() ? "empty" : s).toList(), back);
        assertEquals(1L, select(count()).from(TAGS).where(TAGS.LABEL.like("percent%")).fetchSingle(db()).v1());
    }

    @Test
    void batchInsertsEveryRowInOneTransaction() {
        long ann = insertUser("Ann", null, null);
        List<Row2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(row(ann, "post " + i));
        }
        long n = db().batch(POSTS.insert(POSTS.USER_ID, POSTS.TITLE), rows).execute();
        assertEquals(2_500, n);
        assertEquals(2_500L, select(count()).from(POSTS).fetchSingle(db()).v1());
    }

    @Test
    void aFailingBatchLeavesNothingBehind() {
        long ann = insertUser("Ann", null, null);
        List<Row2<Long, String>> rows = List.of(row(ann, "ok"), row(ann + 1000, "no such user"));
        assertThrows(QueryExecutionException.class,
                () -> db().batch(POSTS.insert(POSTS.USER_ID, POSTS.TITLE), rows).execute());
        assertEquals(0L, select(count()).from(POSTS).fetchSingle(db()).v1());
    }

    @Test
    @Requires(Capability.RETURNING)
    void returningSeveralColumnsAndFromDelete() {
        long ann = insertUser("Ann", null, null);
        Row2<Long, String> r = POSTS.insert().set(POSTS.USER_ID, ann).set(POSTS.TITLE, "t")
                .returning(POSTS.ID, POSTS.TITLE).fetchSingle(db());
        assertEquals("t", r.v2());
        List<Row1<String>> deleted = POSTS.delete().where(POSTS.ID.eq(r.v1())).returning(POSTS.TITLE).fetch(db());
        assertEquals("t", deleted.get(0).v1());
    }

    @Test
    @RequiresNot(Capability.RETURNING)
    void returningMoreThanTheKeyIsRefusedWhereThereIsNoReturning() {
        long ann = insertUser("Ann", null, null);
        var q = POSTS.insert().set(POSTS.USER_ID, ann).set(POSTS.TITLE, "t").returning(POSTS.ID, POSTS.TITLE);
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    @Requires(Capability.RETURNING_ON_UPDATE)
    void updateReturning() {
        long ann = insertUser("Ann", null, 1);
        var r = USERS.update().set(USERS.AGE, 2).where(USERS.ID.eq(ann)).returning(USERS.AGE).fetchSingle(db());
        assertEquals(2, r.v1());
    }

    @Test
    @RequiresNot(Capability.RETURNING_ON_UPDATE)
    void updateReturningIsRefusedWhereMissing() {
        var q = USERS.update().set(USERS.AGE, 2).where(USERS.ID.eq(1L)).returning(USERS.AGE);
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }

    @Test
    @Requires(Capability.UPSERT)
    void upsertUpdatesOrIgnores() {
        insertUser("Ann", "a@x.io", 1);
        USERS.insert().set(USERS.NAME, "Annie").set(USERS.EMAIL, "a@x.io").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, excluded(USERS.NAME)).execute(db());
        assertEquals("Annie", select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq("a@x.io")).fetchSingle(db()).v1());
        USERS.insert().set(USERS.NAME, "Other").set(USERS.EMAIL, "a@x.io").onConflictDoNothing().execute(db());
        assertEquals(1L, users());
        assertEquals("Annie", select(USERS.NAME).from(USERS).fetchSingle(db()).v1());
    }

    @Test
    @RequiresNot(Capability.UPSERT)
    void upsertIsRefusedWhereMissing() {
        var update = USERS.insert().set(USERS.NAME, "Annie").set(USERS.EMAIL, "a@x.io").onConflict(USERS.EMAIL)
                .doUpdate().set(USERS.NAME, excluded(USERS.NAME));
        assertThrows(UnsupportedFeatureException.class, () -> update.execute(db()));
        var ignore = USERS.insert().set(USERS.NAME, "Other").set(USERS.EMAIL, "a@x.io").onConflictDoNothing();
        assertThrows(UnsupportedFeatureException.class, () -> ignore.execute(db()));
        assertEquals(0L, users(), "nothing was sent");
    }

    @Test
    void arithmeticWrittenToADecimalColumnKeepsItsScale() {
        seedUsersAndPosts();
        POSTS.update().set(POSTS.SCORE, POSTS.SCORE.mul(new BigDecimal("1.1"))).whereAll().execute(db());
        Map<String, BigDecimal> scores = new HashMap<>();
        select(POSTS.TITLE, POSTS.SCORE).from(POSTS).fetch(db()).forEach(r -> scores.put(r.v1(), r.v2()));
        // 4.50 * 1.1 = 4.95 fits; 10.25 * 1.1 = 11.275 is rounded to the column's two decimals on every database
        assertEquals(new BigDecimal("4.95"), scores.get("Hello"));
        assertEquals(new BigDecimal("11.28"), scores.get("Bob's post"));
        assertNull(scores.get("World"));
        assertEquals(1L, select(count()).from(POSTS).where(POSTS.SCORE.eq(new BigDecimal("11.28"))).fetchSingle(db())
                .v1());
        assertEquals(new BigDecimal("16.2300"), select(sum(POSTS.SCORE)).from(POSTS).fetchSingle(db()).v1()
                .setScale(4, java.math.RoundingMode.HALF_UP), "the sum of what was written");
    }
}
