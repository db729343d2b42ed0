package dev.quarry.it.suite;

import dev.quarry.Database;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over another database handle's connections that counts how often it was asked, and can be
 * switched "down" to refuse connections like a server that does not answer. For routing tests.
 */
public final class SwitchableDataSource implements DataSource {
    private final Database target;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean down;

    public SwitchableDataSource(Database target) {
        this.target = target;
    }

    /** How many connections were handed out. */
    public int connections() {
        return connections.get();
    }

    /** Makes every later request fail (true) or succeed again (false). */
    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLException("Connection refused: the server is down (simulated)", "08001");
        }
        connections.incrementAndGet();
        return target.acquireConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
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
