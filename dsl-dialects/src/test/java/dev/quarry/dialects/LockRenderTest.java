package dev.quarry.dialects;

import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import org.junit.jupiter.api.Test;

/** Golden SQL of row locks ({@code forUpdate()}, {@code skipLocked()}), dialect by dialect. */
class LockRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MARIADB_105 = MySqlDialect.mariaDb(10, 5);

    @Test
    void rowLocksAreNotSqlite() {
        var e = assertThrows(UnsupportedFeatureException.class,
                () -> select(USERS.ID).from(USERS).forUpdate().toSql(SQLITE));
        assertEquals("SQLite", e.dialect());
    }

    @Test
    void forUpdateAndSkipLocked() {
        {
            golden(select(USERS.ID).from(USERS).where(USERS.ID.eq(1L)).forUpdate())
                    .sqlite(UNSUPPORTED)
                    .mysql("SELECT users.id FROM users WHERE users.id = ? FOR UPDATE", 1L)
                    .postgres(SAME)
                    .check();
            golden(select(USERS.ID).from(USERS).limit(1).forUpdate().skipLocked())
                    .sqlite(UNSUPPORTED)
                    .mysql("SELECT users.id FROM users LIMIT ? FOR UPDATE SKIP LOCKED", 1L)
                    .postgres(SAME)
                    .check();
            golden(select(USERS.ID).from(USERS).forUpdate().skipLocked())
                    .sqlite(UNSUPPORTED)
                    .mysql("SELECT users.id FROM users FOR UPDATE SKIP LOCKED")
                    .postgres(SAME)
                    .check();
            var q = select(USERS.ID).from(USERS).forUpdate().skipLocked();
            UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(MARIADB_105));
            assertEquals("FOR UPDATE SKIP LOCKED", e.feature());
        }
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.eq(1L)).forUpdate())
                .sqlite(UNSUPPORTED)
                .mysql("SELECT users.name FROM users WHERE users.id = ? FOR UPDATE", 1L)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).limit(5).forUpdate().skipLocked())
                .sqlite(UNSUPPORTED)
                .mysql("SELECT users.name FROM users LIMIT ? FOR UPDATE SKIP LOCKED", 5L)
                .postgres(SAME)
                .check();
    }
}
