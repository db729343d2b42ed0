package dev.quarry.it.mysql;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Row1;
import dev.quarry.dialect.Capability;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.it.suite.DmlSuite;
import dev.quarry.it.suite.TestServers;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The DML suite speaking MySQL 8's SQL ({@link MySqlDialect#INSTANCE}: no RETURNING, generated keys) to the
 * test server, which is usually MariaDB: MariaDB understands that SQL too, so the generated-key path and the
 * refusals of MySQL run against a real server here.
 */
class MySqlFlavourDmlTest extends DmlSuite {
    private static Database db;

    @Override
    protected Database db() {
        if (db == null) {
            db = Database.of(new Borrowed(TestServers.mysql()), MySqlDialect.INSTANCE);
        }
        return db;
    }

    @Test
    void speaksMySql() {
        assertTrue(db().dialect().supports(Capability.GENERATED_KEYS));
        assertFalse(db().dialect().supports(Capability.RETURNING));
    }

    @Test
    void aMultiRowInsertReturnsEveryGeneratedKey() {
        var keys = USERS.insert(USERS.NAME).values("a").values("b").values("c").returning(USERS.ID).fetch(db());
        assertEquals(3, keys.size());
        List<Long> ids = select(USERS.ID).from(USERS).orderBy(USERS.ID).fetch(db()).stream().map(Row1::v1).toList();
        assertEquals(ids, keys.stream().map(Row1::v1).toList());
    }

    /** The connections of the shared test pool, handed out under another dialect. */
    private static final class Borrowed implements DataSource {
        private final Database pool;

        Borrowed(Database pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() {
            return pool.acquireConnection();
        }

        @Override
        public Connection getConnection(String user, String password) {
            return pool.acquireConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
            throw new java.sql.SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
