package dev.quarry.it.mysql;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.val;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Row1;
import dev.quarry.Row2;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.it.suite.OnConnection;
import dev.quarry.it.suite.SuiteBase;
import dev.quarry.it.suite.TestServers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What is MySQL's and MariaDB's own: detection, the session a pool sets up, streaming, rows other tools wrote. */
class MySqlDatabaseTest extends SuiteBase {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Test
    void theServerIsDetectedAndThePoolsSessionIsUtcAndUtf8mb4() throws SQLException {
        String version = OnConnection.text(db(), "SELECT VERSION()");
        MySqlDialect dialect = (MySqlDialect) db().dialect();
        assertEquals(version.contains("MariaDB"), dialect.isMariaDb(), version);
        assertEquals("+00:00", OnConnection.text(db(), "SELECT @@session.time_zone"));
        assertEquals("utf8mb4", OnConnection.text(db(), "SELECT @@character_set_connection"));
    }

    @Test
    void readsRowsOtherToolsWrote() throws SQLException {
        OnConnection.execute(db(), "INSERT INTO qt_all_types (id, ts, instant, flag, `dec`, real_value, uid) VALUES "
                + "(1, '2024-01-02 03:04:05', '2024-01-02 03:04:05.5', 1, 1.5, 0.25, "
                + "'123e4567-e89b-12d3-a456-426614174000')");
        var r = select(ALL_TYPES.TS, ALL_TYPES.INSTANT, ALL_TYPES.FLAG, ALL_TYPES.DEC, ALL_TYPES.REAL, ALL_TYPES.UID)
                .from(ALL_TYPES).fetchSingle(db());
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), r.v1());
        assertEquals(Instant.parse("2024-01-02T03:04:05.5Z"), r.v2());
        assertEquals(true, r.v3());
        assertEquals(new BigDecimal("1.5000000000"), r.v4());
        assertEquals(0.25f, r.v5());
        assertEquals(java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), r.v6());
    }

    /** Connector/J streams only with fetch size Integer.MIN_VALUE; while it streams, the connection is busy. */
    @Test
    void fetchStreamReallyStreams() {
        for (int i = 0; i < 50; i++) {
            TAGS.insert().set(TAGS.LABEL, "t" + i).execute(db());
        }
        db().transaction(tx -> {
            try (Stream<Row1<String>> s = select(TAGS.LABEL).from(TAGS).orderBy(TAGS.LABEL).fetchStream(tx)) {
                Iterator<Row1<String>> it = s.iterator();
                assertEquals("t0", it.next().v1());
                var busy = assertThrows(QueryExecutionException.class, () -> select(TAGS.ID).from(TAGS).fetch(tx));
                assertTrue(busy.getMessage().contains("Streaming result set"), busy.getMessage());
            }
            assertEquals(50, select(TAGS.ID).from(TAGS).fetch(tx).size());
        });
    }

    /** A pool opened by Quarry sends a batch of INSERTs as multi-row INSERTs (rewriteBatchedStatements). */
    @Test
    void batchesAreSentAsMultiRowInserts() {
        long ann = USERS.insert().set(USERS.NAME, "Ann").returning(USERS.ID).fetchSingle(db()).v1();
        List<Row2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(row(ann, "post " + i));
        }
        db().transaction(tx -> {
            long before = Long.parseLong(status(tx, "Com_insert"));
            assertEquals(3_000, tx.batch(POSTS.insert(POSTS.USER_ID, POSTS.TITLE), rows).execute());
            long statements = Long.parseLong(status(tx, "Com_insert")) - before;
            assertTrue(statements <= 10, statements + " INSERT statements for 3000 rows");
        });
        assertEquals(3_000L, select(count()).from(POSTS).fetchSingle(db()).v1());
    }

    @Test
    void divisionTruncatesIntegersLikeTheOtherDatabases() {
        var r = select(inline(-7).div(2), inline(7).div(inline(2)), val(new BigDecimal("7")).div(2)).fetchSingle(db());
        assertEquals(-3, r.v1());
        assertEquals(3, r.v2());
        assertEquals(0, new BigDecimal("3.5").compareTo(r.v3()));
    }

    /** DO NOTHING is a no-op update, not INSERT IGNORE: a duplicate is skipped, other errors still fail. */
    @Test
    void doNothingSkipsDuplicatesOnly() {
        USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io").execute(db());
        USERS.insert().set(USERS.NAME, "Other").set(USERS.EMAIL, "a@x.io").onConflictDoNothing().execute(db());
        assertEquals("Ann", select(USERS.NAME).from(USERS).fetchSingle(db()).v1());
        assertThrows(QueryExecutionException.class, () -> POSTS.insert().set(POSTS.USER_ID, -1L)
                .set(POSTS.TITLE, "no such user").onConflictDoNothing().execute(db()));
    }

    private static String status(Database db, String variable) throws SQLException {
        Connection c = db.acquireConnection();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE '" + variable + "'")) {
            rs.next();
            return rs.getString(2);
        } finally {
            db.releaseConnection(c);
        }
    }
}
