package dev.quarry.it.postgres;

import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.round;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.val;
import static dev.quarry.Sql.year;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.Database;
import dev.quarry.Metadata;
import dev.quarry.Param;
import dev.quarry.QueryExecutionException;
import dev.quarry.Row1;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.it.suite.SuiteBase;
import dev.quarry.it.suite.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What is PostgreSQL's own: streaming through a cursor, binds whose type PostgreSQL cannot infer, upserts that
 * read the existing row, date parts of TIMESTAMPTZ in UTC, JSONB by value.
 */
class PostgresDatabaseTest extends SuiteBase {

    @Override
    protected Database db() {
        return TestServers.postgres();
    }

    /** A table of numbers for the streaming test. */
    static final class Numbers extends Table<Numbers> {
        static final Metadata METADATA = new Metadata();
        static final Numbers NUMBERS = new Numbers();

        final Column<Integer> N = column("n", SqlType.INTEGER).notNull();

        private Numbers() {
            super(METADATA, "pg_stream_numbers");
        }

        private Numbers(Numbers source, String alias) {
            super(source, alias);
        }

        @Override
        public Numbers as(String alias) {
            return new Numbers(this, alias);
        }
    }

    @Test
    void fetchStreamReadsThroughACursorAndRestoresAutocommit() throws SQLException {
        Database db = db();
        Numbers t = Numbers.NUMBERS;
        Numbers.METADATA.dropAll(db);
        Numbers.METADATA.createAll(db);
        List<Row1<Integer>> rows = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            rows.add(row(i));
        }
        assertEquals(3000, db.batch(t.insert(t.N), rows).execute());
        // Row 2500 divides by zero. Read all at once, the query fails before the first row; read through a
        // cursor (fetch size 1000), the first batches arrive before the one that fails.
        AtomicInteger seen = new AtomicInteger();
        var failing = select(t.N, raw(SqlType.INTEGER, "1 / (2500 - pg_stream_numbers.n)")).from(t);
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> {
            try (Stream<?> s = failing.fetchStream(db)) {
                s.forEach(r -> seen.incrementAndGet());
            }
        });
        assertEquals("22012", e.getCause() instanceof SQLException s ? s.getSQLState() : null,
                "the division by zero is reported, not a failure to end the stream's transaction: " + e);
        assertTrue(seen.get() >= 1000, "rows before the failing batch: " + seen.get());

        try (Stream<Row1<Integer>> s = select(t.N).from(t).fetchStream(db)) {
            assertEquals(3000, s.count());
        }
        // the stream's transaction is committed (as autocommit would have) and autocommit is back on
        try (Stream<Row1<Long>> s = USERS.insert().set(USERS.NAME, "Streamed").returning(USERS.ID).fetchStream(db)) {
            assertEquals(1L, s.count());
        }
        assertEquals(1L, select(count()).from(USERS).where(USERS.NAME.eq("Streamed")).fetchSingle(db).v1());
        Connection c = db.acquireConnection();
        try {
            assertTrue(c.getAutoCommit());
        } finally {
            db.releaseConnection(c);
        }
        Numbers.METADATA.dropAll(db);
    }

    @Test
    void fetchStreamInsideATransactionUsesItsConnection() {
        insertUser("Ann", "ann@example.com", 31);
        long n = db().transactionResult(tx -> {
            USERS.insert().set(USERS.NAME, "Bob").execute(tx);
            try (Stream<Row1<String>> s = select(USERS.NAME).from(USERS).fetchStream(tx)) {
                return s.count();
            }
        });
        assertEquals(2L, n, "the stream sees the transaction's own insert");
    }

    @Test
    void nullBindsOfEveryTypeNeedNoContext() {
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.TS, LocalDateTime.of(2024, 5, 1, 12, 0))
                .set(ALL_TYPES.UID, new UUID(0, 1)).execute(db());
        ALL_TYPES.insert().set(ALL_TYPES.ID, 2).set(ALL_TYPES.TS, LocalDateTime.of(2020, 1, 1, 0, 0)).execute(db());
        Param<LocalDateTime> since = param("since", LocalDateTime.class);
        Param<UUID> uid = param("uid", UUID.class);
        var q = select(ALL_TYPES.ID).from(ALL_TYPES).where(since.isNull().or(ALL_TYPES.TS.ge(since)))
                .where(uid.isNull().or(ALL_TYPES.UID.eq(uid))).orderBy(ALL_TYPES.ID);
        assertEquals(List.of(1, 2), q.bind(since, null).bind(uid, null).fetch(db()).stream().map(Row1::v1).toList());
        assertEquals(List.of(1), q.bind(since, LocalDateTime.of(2023, 1, 1, 0, 0)).bind(uid, null).fetch(db())
                .stream().map(Row1::v1).toList());
        assertEquals(List.of(1), q.bind(since, null).bind(uid, new UUID(0, 1)).fetch(db()).stream().map(Row1::v1)
                .toList());

        var r = select(val(null, SqlType.TIMESTAMPTZ_INSTANT), val(null, SqlType.JSON), val(null, SqlType.TIME),
                coalesce(val(null, SqlType.TIMESTAMP), val(LocalDateTime.of(2001, 2, 3, 4, 5), SqlType.TIMESTAMP)))
                .from(ALL_TYPES).where(ALL_TYPES.ID.eq(1)).fetchSingle(db());
        assertNull(r.v1());
        assertNull(r.v2());
        assertNull(r.v3());
        assertEquals(LocalDateTime.of(2001, 2, 3, 4, 5), r.v4());
    }

    @Test
    void upsertSetMayReadTheExistingRow() {
        long ann = insertUser("Ann", "ann@example.com", 31);
        long id = POSTS.insert().set(POSTS.USER_ID, ann).set(POSTS.TITLE, "Hello").set(POSTS.LIKES, 10)
                .returning(POSTS.ID).fetchSingle(db()).v1();
        var upsert = POSTS.insert().set(POSTS.ID, id).set(POSTS.USER_ID, ann).set(POSTS.TITLE, "Hello again")
                .onConflict(POSTS.ID).doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(1))
                .set(POSTS.TITLE, excluded(POSTS.TITLE)).returning(POSTS.LIKES, POSTS.TITLE);
        var r = upsert.fetchSingle(db());
        assertEquals(11, r.v1());
        assertEquals("Hello again", r.v2());
        assertEquals(12, upsert.fetchSingle(db()).v1());
    }

    @Test
    void datePartsOfATimestamptzAreTakenInUtcWhateverTheSessionZone() {
        Instant newYearsEveUtc = Instant.parse("2023-12-31T20:00:00Z"); // already 2024 in Tokyo
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.INSTANT, newYearsEveUtc).execute(db());
        int y = db().transactionResult(tx -> {
            Connection c = tx.acquireConnection();
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL TIME ZONE 'Asia/Tokyo'");
            }
            return select(year(ALL_TYPES.INSTANT)).from(ALL_TYPES).fetchSingle(tx).v1();
        });
        assertEquals(2023, y);
    }

    @Test
    void offsetDateTimesComeBackAsTheSameInstantInUtc() {
        OffsetDateTime v = OffsetDateTime.parse("2024-03-01T10:15:30.123456+03:00");
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.TSTZ, v).execute(db());
        OffsetDateTime back = select(ALL_TYPES.TSTZ).from(ALL_TYPES).fetchSingle(db()).v1();
        assertEquals(v.withOffsetSameInstant(ZoneOffset.UTC), back);
    }

    @Test
    void timestampsOfYearOneAndYear9999RoundTripToTheMicrosecond() {
        List<LocalDateTime> locals = List.of(LocalDateTime.of(1, 1, 1, 0, 0, 0, 1_000),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        List<Instant> instants = List.of(Instant.parse("0001-01-01T00:00:00.000001Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z"));
        for (int i = 0; i < 2; i++) {
            ALL_TYPES.insert().set(ALL_TYPES.ID, i).set(ALL_TYPES.TS, locals.get(i)).set(ALL_TYPES.INSTANT, instants.get(i))
                    .execute(db());
            var r = select(ALL_TYPES.TS, ALL_TYPES.INSTANT).from(ALL_TYPES).where(ALL_TYPES.ID.eq(i)).fetchSingle(db());
            assertEquals(locals.get(i), r.v1());
            assertEquals(instants.get(i), r.v2());
        }
    }

    @Test
    void jsonIsJsonbComparedByValue() {
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.DOC, "{\"b\": 1,   \"a\": [1, 2]}").execute(db());
        var found = select(ALL_TYPES.DOC).from(ALL_TYPES).where(ALL_TYPES.DOC.eq("{\"a\":[1,2],\"b\":1}"))
                .fetchSingle(db());
        assertEquals("{\"a\": [1, 2], \"b\": 1}", found.v1(), "JSONB's normal form");
        assertEquals(1L, select(count()).from(ALL_TYPES).where(ALL_TYPES.DOC.ne("{\"a\":[1,2]}")).fetchSingle(db())
                .v1());
    }

    @Test
    void roundOfADoubleToDigits() {
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.DBL, 2.345).execute(db());
        var r = select(round(ALL_TYPES.DBL, 2), round(ALL_TYPES.DBL)).from(ALL_TYPES).fetchSingle(db());
        assertEquals(2.35, r.v1(), 1e-9);
        assertEquals(2.0, r.v2(), 1e-9);
    }
}
