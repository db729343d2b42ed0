package dev.quarry.it.suite;

import dev.quarry.Database;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over the connections of a real {@link Database} that counts the statements prepared
 * on them (and keeps their SQL), so that a test can show how many queries a load sends. No database is mocked:
 * every call goes to the real connection.
 */
public final class CountingDataSource implements DataSource {
    private final Database real;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    public CountingDataSource(Database real) {
        this.real = real;
    }

    /** A database on this data source, speaking the real one's dialect. */
    public Database database() {
        return Database.of(this, real.dialect());
    }

    /** The number of statements prepared so far. */
    public int count() {
        return statements.size();
    }

    /** The SQL of the statements prepared so far. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** Forgets the statements counted so far. */
    public void reset() {
        statements.clear();
    }

    @Override
    public Connection getConnection() {
        Connection c = real.acquireConnection();
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("close")) {
                real.releaseConnection(c);
                return null;
            }
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                statements.add((String) args[0]);
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    @Override
    public Connection getConnection(String username, String password) {
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
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException("unwrap");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
