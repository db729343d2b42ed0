package dev.quarry.it.mysql;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.it.suite.OnConnection;
import dev.quarry.it.suite.SuiteBase;
import dev.quarry.it.suite.TestServers;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Neither the JVM's nor the session's time zone shifts a value: TIMESTAMPTZ and Instant are stored as their
 * UTC wall time, TIMESTAMP as written, and {@code defaultNow()} of an Instant column is UTC.
 */
class MySqlTimeZoneTest extends SuiteBase {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Test
    void valuesDoNotMoveWithTheJvmOrSessionTimeZone() throws SQLException {
        TimeZone jvm = TimeZone.getDefault();
        OffsetDateTime tstz = OffsetDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000, ZoneOffset.ofHours(9));
        Instant instant = Instant.parse("1950-07-01T12:00:00.000001Z");
        LocalDateTime local = LocalDateTime.of(2024, 3, 10, 2, 30);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            db().transaction(tx -> {
                OnConnection.execute(tx, "SET time_zone = '+05:00'");
                try {
                    ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.TSTZ, tstz).set(ALL_TYPES.INSTANT, instant)
                            .set(ALL_TYPES.TS, local).execute(tx);
                    var row = select(ALL_TYPES.TSTZ, ALL_TYPES.INSTANT, ALL_TYPES.TS).from(ALL_TYPES)
                            .where(ALL_TYPES.ID.eq(1)).fetchSingle(tx);
                    assertEquals(tstz.toInstant(), row.v1().toInstant());
                    assertEquals(ZoneOffset.UTC, row.v1().getOffset());
                    assertEquals(instant, row.v2());
                    assertEquals(local, row.v3());
                    assertEquals("2024-03-30 17:30:00.123456", OnConnection.text(tx, "SELECT CAST(tstz AS CHAR) FROM qt_all_types"));
                    assertEquals("1950-07-01 12:00:00.000001", OnConnection.text(tx, "SELECT CAST(instant AS CHAR) FROM qt_all_types"));

                    USERS.insert().set(USERS.NAME, "Ann").execute(tx);
                    Instant created = select(USERS.CREATED).from(USERS).fetchSingle(tx).v1();
                    Duration off = Duration.between(Instant.now(), created).abs();
                    assertTrue(off.compareTo(Duration.ofMinutes(2)) < 0, "defaultNow() is UTC: " + created);
                } finally {
                    OnConnection.execute(tx, "SET time_zone = '+00:00'");
                }
            });
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    @Test
    void fractionsAreCutToTheMicrosecond() {
        Instant v = Instant.parse("2030-01-01T00:00:00.123456789Z");
        ALL_TYPES.insert().set(ALL_TYPES.ID, 2).set(ALL_TYPES.INSTANT, v).execute(db());
        assertEquals(v.truncatedTo(ChronoUnit.MICROS),
                select(ALL_TYPES.INSTANT).from(ALL_TYPES).where(ALL_TYPES.ID.eq(2)).fetchSingle(db()).v1());
    }
}
