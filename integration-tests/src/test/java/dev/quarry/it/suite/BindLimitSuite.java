package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.QueryExecutionException;
import dev.quarry.Row1;
import dev.quarry.Row2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements with more values than a database binds at once (SQLite 32,766, PostgreSQL and MySQL 65,535):
 * multi-row INSERTs, batches and IN lists of 100,000 values work on every database.
 */
public abstract class BindLimitSuite extends SuiteBase {
    private static final int N = 100_000;

    private static List<Row1<String>> labels(int n) {
        List<Row1<String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row("tag " + i));
        }
        return rows;
    }

    private long tags() {
        return select(count()).from(TAGS).fetchSingle(db()).v1();
    }

    @Test
    void multiRowInsertOf100kValuesIsSplit() {
        assertEquals(N, TAGS.insert(TAGS.LABEL).values(labels(N)).execute(db()));
        assertEquals(N, tags());
    }

    @Test
    void aSplitInsertIsAllOrNothing() {
        List<Row1<String>> rows = new ArrayList<>(labels(N));
        rows.set(N - 1, row("tag 0")); // a duplicate in the last statement
        assertThrows(QueryExecutionException.class, () -> TAGS.insert(TAGS.LABEL).values(rows).execute(db()));
        assertEquals(0L, tags(), "the first statements were rolled back with the last");
    }

    @Test
    void generatedKeysOfASplitInsertComeBackInInputOrder() {
        long ann = insertUser("Ann", null, null);
        List<Row2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < N / 2; i++) {
            rows.add(row(ann, "post " + i)); // 2 values a row: 100,000 binds
        }
        List<Row1<Long>> keys = POSTS.insert(POSTS.USER_ID, POSTS.TITLE).values(rows).returning(POSTS.ID).fetch(db());
        assertEquals(N / 2, keys.size());
        var stored = select(POSTS.ID, POSTS.TITLE).from(POSTS).orderBy(POSTS.ID).fetch(db());
        for (int i = 0; i < keys.size(); i += 997) {
            assertEquals(stored.get(i).v1(), keys.get(i).v1());
            assertEquals("post " + i, stored.get(i).v2());
        }
        assertEquals(stored.get(N / 2 - 1).v1(), keys.get(N / 2 - 1).v1());
    }

    @Test
    void batchOf100kRows() {
        assertEquals(N, db().batch(TAGS.insert(TAGS.LABEL), labels(N)).execute());
        assertEquals(N, tags());
    }

    @Test
    void inListsOf100kValues() {
        TAGS.insert(TAGS.LABEL).values(labels(N)).execute(db());
        List<Integer> ids = select(TAGS.ID).from(TAGS).fetch(db()).stream().map(r -> r.v1()).toList();
        assertEquals(N, ids.size());
        assertEquals(N, select(count()).from(TAGS).where(TAGS.ID.in(ids)).fetchSingle(db()).v1());
        assertEquals(0L, select(count()).from(TAGS).where(TAGS.ID.notIn(ids)).fetchSingle(db()).v1());
        List<String> some = new ArrayList<>();
        for (int i = 0; i < N; i += 2) {
            some.add("tag " + i);
        }
        some.addAll(labels(N / 2).stream().map(r -> "missing " + r.v1()).toList());
        assertEquals(N / 2, select(count()).from(TAGS).where(TAGS.LABEL.in(some)).fetchSingle(db()).v1());
        assertEquals(N / 2, select(count()).from(TAGS).where(TAGS.LABEL.notIn(some)).fetchSingle(db()).v1());
    }

    @Test
    void multiRowInsertOf40MiBOfText() {
        String mebibyte = "x".repeat(1 << 20);
        List<Row2<Integer, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(row(i, mebibyte));
        }
        // MariaDB's default max_allowed_packet is 16 MiB: one statement would be refused
        assertEquals(40, ALL_TYPES.insert(ALL_TYPES.ID, ALL_TYPES.TXT).values(rows).execute(db()));
        assertEquals(40L * (1 << 20), select(sum(length(ALL_TYPES.TXT))).from(ALL_TYPES).fetchSingle(db()).v1().longValue());
    }
}
