package dev.quarry.it.suite;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what its callers leave open: connections taken and not closed, statements
 * not closed, result sets closed neither themselves nor through their statement. Wraps a real pool.
 */
public final class LeakCountingDataSource implements DataSource {
    private final DataSource target;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger resultSets = new AtomicInteger();
    private final AtomicInteger connectionsTaken = new AtomicInteger();
    private final AtomicInteger statementsMade = new AtomicInteger();

    public LeakCountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Connections taken and not given back. */
    public int openConnections() {
        return connections.get();
    }

    /** Statements prepared and not closed. */
    public int openStatements() {
        return statements.get();
    }

    /** Result sets opened and not closed (closing their statement closes them, as JDBC says). */
    public int openResultSets() {
        return resultSets.get();
    }

    /** Connections taken in all. */
    public int connectionsTaken() {
        return connectionsTaken.get();
    }

    /** Statements made in all. */
    public int statementsMade() {
        return statementsMade.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(target.getConnection(username, password));
    }

    private Connection connection(Connection real) {
        connections.incrementAndGet();
        connectionsTaken.incrementAndGet();
        return proxy(Connection.class, new Closing(real, connections) {
            @Override
            Object wrap(Method m, Object result) {
                if (result instanceof Statement s && m.getName().matches("prepareStatement|createStatement|prepareCall")) {
                    statements.incrementAndGet();
                    statementsMade.incrementAndGet();
                    return statement(s, m.getReturnType());
                }
                return result;
            }
        });
    }

    private Object statement(Statement real, Class<?> type) {
        return proxy(type, new Closing(real, statements) {
            private Closing open;

            @Override
            Object wrap(Method m, Object result) {
                if (result instanceof ResultSet rs) {
                    if (open != null) {
                        open.closedBy();
                    }
                    resultSets.incrementAndGet();
                    open = new Closing(rs, resultSets);
                    return proxy(ResultSet.class, open);
                }
                return result;
            }

            @Override
            void closedBy() {
                super.closedBy();
                if (open != null) {
                    open.closedBy();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(LeakCountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Forwards every call; counts down once when closed, and wraps what the call returns. */
    private static class Closing implements InvocationHandler {
        private final Object target;
        private final AtomicInteger counter;
        private boolean closed;

        Closing(Object target, AtomicInteger counter) {
            this.target = target;
            this.counter = counter;
        }

        Object wrap(Method m, Object result) {
            return result;
        }

        void closedBy() {
            if (!closed) {
                closed = true;
                counter.decrementAndGet();
            }
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getName().equals("close") && m.getParameterCount() == 0) {
                closedBy();
            }
            if (m.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
                return proxy;
            }
            try {
                return wrap(m, m.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
