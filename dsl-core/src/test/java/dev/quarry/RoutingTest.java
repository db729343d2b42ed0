package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.AnsiDialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Database.routing as a value (no database): its argument checks and primary(); behaviour is in RoutingSuite. */
class RoutingTest {

    @Test
    void routingChecksItsArgumentsAndPrimaryIsTheWriteSide() {
        Database primary = Database.of(new NoDataSource(), AnsiDialect.INSTANCE);
        Database replica = Database.of(new NoDataSource(), AnsiDialect.INSTANCE);
        Database routed = Database.routing(primary, replica);
        assertSame(primary, routed.primary());
        assertSame(primary, primary.primary());
        assertSame(replica, replica.primary());
        assertTrue(routed.toString().contains("1 replica"), routed.toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(null)).getMessage()
                .contains("primary"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(primary, (Database[]) null))
                .getMessage().contains("replicas"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(primary, replica, null))
                .getMessage().contains("replicas[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(routed, replica))
                .getMessage().contains("routing handle"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.routing(primary, routed))
                .getMessage().contains("replicas[0]"));
    }

    /** A DataSource that is never asked for a connection. */
    private static final class NoDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("no database here", "08001");
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
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
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
