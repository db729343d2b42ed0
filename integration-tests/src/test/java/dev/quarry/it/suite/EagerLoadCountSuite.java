package dev.quarry.it.suite;

import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Row;
import dev.quarry.jdbc.EagerLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proof that {@code with(..)} sends no query per row: statements counted on the real connections (a counting
 * {@link javax.sql.DataSource} around the suite's database, not a mock), for plain loads, chunked loads,
 * streams and transactions.
 */
public abstract class EagerLoadCountSuite extends LoadingSuiteBase {

    private CountingDataSource counting() {
        return new CountingDataSource(db());
    }

    @Test
    void aThousandUsersWithPostsAndCommentsLoadInThreeQueries() {
        seedMany(1_000, 3, 2);
        CountingDataSource ds = counting();
        List<Row> users = USERS.select().where(USERS.ID.ge(1_000L)).with(USERS.POSTS.with(POSTS.COMMENTS))
                .fetch(ds.database());
        assertEquals(3, ds.count(), () -> "statements: " + ds.statements().size());
        assertEquals(1_000, users.size());
        for (Row u : users) {
            List<Row> posts = u.get(USERS.POSTS);
            assertEquals(3, posts.size());
            for (Row p : posts) {
                assertEquals(2, p.get(POSTS.COMMENTS).size());
                assertEquals(p.get(POSTS.ID), p.get(POSTS.COMMENTS).get(0).get(COMMENTS.POST_ID));
            }
        }
    }

    @Test
    void severalRelationshipsTakeOneQueryEach() {
        CountingDataSource ds = counting();
        POSTS.select().with(POSTS.AUTHOR, POSTS.COMMENTS, POSTS.TAGS).fetch(ds.database());
        assertEquals(4, ds.count(), () -> String.join("\n", ds.statements()));
    }

    @Test
    void noChildQueryRunsForNoParents() {
        CountingDataSource ds = counting();
        USERS.select().where(USERS.ID.eq(-1L)).with(USERS.POSTS.with(POSTS.COMMENTS)).fetch(ds.database());
        assertEquals(1, ds.count());
    }

    @Test
    void parentsBeyondTheBindLimitLoadInThePredictedNumberOfChunks() {
        int chunk = EagerLoader.chunkSize(db().dialect(), 1, 0);
        int users = chunk + 10;
        seedMany(users, 0, 0);
        CountingDataSource ds = counting();
        List<Row> rows = USERS.select().where(USERS.ID.ge(1_000L)).with(USERS.POSTS).fetch(ds.database());
        int expected = 1 + (users + chunk - 1) / chunk;
        assertEquals(expected, ds.count());
        assertEquals(3, expected, "the parents, then their children in two chunks");
        assertEquals(users, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get(USERS.POSTS).isEmpty()));
    }

    @Test
    void aStreamLoadsPerChunkOfParents() {
        seedMany(2_500, 1, 1);
        CountingDataSource ds = counting();
        long withPosts;
        try (Stream<Row> s = USERS.select().where(USERS.ID.ge(1_000L)).orderBy(USERS.ID)
                .with(USERS.POSTS.with(POSTS.COMMENTS)).fetchStream(ds.database())) {
            withPosts = s.filter(r -> r.get(USERS.POSTS).size() == 1
                    && r.get(USERS.POSTS).get(0).get(POSTS.COMMENTS).size() == 1).count();
        }
        assertEquals(2_500, withPosts);
        int chunks = (2_500 + EagerLoader.STREAM_CHUNK - 1) / EagerLoader.STREAM_CHUNK;
        assertEquals(1 + 2 * chunks, ds.count(), () -> String.join("\n", ds.statements()));
    }

    @Test
    void loadsInsideATransactionSeeItsOwnWrites() {
        CountingDataSource ds = counting();
        Database counted = ds.database();
        assertThrows(RollbackMarker.class, () -> counted.transaction(tx -> {
            POSTS.insert(POSTS.ID, POSTS.USER_ID, POSTS.TITLE, POSTS.LIKES, POSTS.PUBLISHED)
                    .values(13L, 3L, "Cy's first", 0, false).execute(tx);
            Row cy = USERS.select().where(USERS.ID.eq(3L)).with(USERS.POSTS).fetchSingle(tx);
            assertEquals(1, cy.get(USERS.POSTS).size());
            try (Stream<Row> s = USERS.select().orderBy(USERS.ID).with(USERS.POSTS).fetchStream(tx)) {
                assertEquals(List.of(2, 1, 1), s.map(r -> r.get(USERS.POSTS).size()).toList());
            }
            throw new RollbackMarker();
        }));
        assertEquals(List.of(), USERS.select().where(USERS.ID.eq(3L)).with(USERS.POSTS).fetchSingle(db())
                .get(USERS.POSTS), "rolled back");
        assertEquals(5, ds.count(), () -> String.join("\n", ds.statements()));
    }

    /** Thrown to roll a test's transaction back. */
    static final class RollbackMarker extends RuntimeException {
    }
}
