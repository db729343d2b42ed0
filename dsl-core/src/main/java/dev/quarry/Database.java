package dev.quarry;

import dev.quarry.internal.Checks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.internal.Sneaky;
import dev.quarry.jdbc.Executor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;

/**
 * A handle on a database: where connections come from and which dialect to speak. Queries are values run
 * against it ({@code q.fetch(db)}). Thread-safe.
 *
 * <pre>{@code
 * try (Database db = Database.open("jdbc:sqlite:app.db")) {
 *     db.transaction(tx -> USERS.insert().set(USERS.NAME, "Ann").execute(tx));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final HikariDataSource owned;
    private final Connection bound;

    private Database(DataSource dataSource, Dialect dialect, HikariDataSource owned, Connection bound) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.owned = owned;
        this.bound = bound;
    }

    /** Opens a HikariCP pool on {@code jdbcUrl}, detecting the dialect: {@code Database.open("jdbc:sqlite:app.db")}. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** Opens a HikariCP pool on {@code jdbcUrl} with credentials, detecting the dialect. */
    public static Database open(String jdbcUrl, String user, String password) {
        Checks.notNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("'" + jdbcUrl + "' is not a JDBC URL (jdbc:sqlite:app.db, "
                    + "jdbc:postgresql://host/db, jdbc:mysql://host/db ...)");
        }
        try {
            java.sql.DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalArgumentException("no JDBC driver on the class path accepts " + safeUrl(jdbcUrl)
                    + ": add the database's driver (org.xerial:sqlite-jdbc, org.postgresql:postgresql, "
                    + "com.mysql:mysql-connector-j ...)");
        }
        Dialect byUrl = DialectLookup.forUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("quarry");
        if (byUrl != null) {
            byUrl.connectionProperties().forEach(config::addDataSourceProperty);
            if (byUrl.singleConnection(jdbcUrl)) {
                config.setMaximumPoolSize(1);
                config.setMinimumIdle(1);
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new QueryExecutionException("cannot connect to " + safeUrl(jdbcUrl) + ": " + cause.getMessage(),
                    null, cause);
        }
        try {
            return new Database(pool, detect(pool), pool, null);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String safeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** A database on a {@link DataSource} you manage (never closed by Quarry); the dialect is detected. */
    public static Database of(DataSource dataSource) {
        Checks.notNull(dataSource, "dataSource");
        return new Database(dataSource, detect(dataSource), null, null);
    }

    /** A database on a {@link DataSource} you manage, speaking {@code dialect}. */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(Checks.notNull(dataSource, "dataSource"), Checks.notNull(dialect, "dialect"),
                null, null);
    }

    private static Dialect detect(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return DialectLookup.forConnection(c);
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot connect to detect the dialect: " + e.getMessage(), null, e);
        }
    }

    /** The dialect queries run with. */
    public Dialect dialect() {
        return dialect;
    }

    /** True if this handle is bound to a transaction's connection (the {@code tx} of a transaction body). */
    public boolean inTransaction() {
        return bound != null;
    }

    /**
     * A connection for one statement; give it back with {@link #releaseConnection}. Inside a transaction this
     * is the transaction's connection. Meant for integrations; application code uses queries.
     */
    public Connection acquireConnection() {
        if (bound != null) {
            return bound;
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot get a connection: " + e.getMessage() + rootCause(e), null, e);
        }
    }

    /** The deepest cause's message, when it says more than the pool's timeout ("Connection refused"). */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? "" : " (cause: " + root.getMessage() + ")";
    }

    /** Gives back a connection of {@link #acquireConnection} (a no-op inside a transaction). */
    public void releaseConnection(Connection connection) {
        if (connection == null || connection == bound) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot return a connection: " + e.getMessage(), null, e);
        }
    }

    /** A transaction body that returns nothing. */
    @FunctionalInterface
    public interface TransactionBody {
        void run(Database tx) throws Exception;
    }

    /** A transaction body that returns a value. */
    @FunctionalInterface
    public interface TransactionFunction<R> {
        R apply(Database tx) throws Exception;
    }

    /**
     * Runs {@code body} in a transaction: commit when it returns, rollback when it throws anything, which is
     * then rethrown unchanged (checked exceptions too). Called on a {@code tx}, it nests with a savepoint.
     */
    public void transaction(TransactionBody body) {
        Checks.notNull(body, "body");
        transactionResult(tx -> {
            body.run(tx);
            return null;
        });
    }

    /** Like {@link #transaction} for a body that returns a value. */
    public <R> R transactionResult(TransactionFunction<R> body) {
        Checks.notNull(body, "body");
        if (bound != null) {
            return nested(body);
        }
        Connection c = acquireConnection();
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            releaseConnection(c);
            throw new QueryExecutionException("cannot begin a transaction: " + e.getMessage(), null, e);
        }
        Database tx = new Database(dataSource, dialect, null, c);
        try {
            R result = body.apply(tx);
            c.commit();
            return result;
        } catch (Throwable t) {
            try {
                c.rollback();
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            if (t instanceof SQLException s) {
                throw new QueryExecutionException("the transaction failed: " + s.getMessage(), null, s);
            }
            throw Sneaky.rethrow(t);
        } finally {
            try {
                if (autoCommit) {
                    c.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // the pool resets or evicts a connection it cannot reset; nothing is lost
            }
            releaseConnection(c);
        }
    }

    private <R> R nested(TransactionFunction<R> body) {
        Savepoint savepoint;
        try {
            savepoint = bound.setSavepoint();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot set a savepoint: " + e.getMessage(), null, e);
        }
        try {
            R result = body.apply(this);
            bound.releaseSavepoint(savepoint);
            return result;
        } catch (Throwable t) {
            try {
                bound.rollback(savepoint);
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            throw Sneaky.rethrow(t);
        }
    }

    /**
     * A JDBC batch of {@code insert} run once per row, in one transaction, split where the dialect limits
     * bind parameters. The rows' types are checked by the compiler: an {@code Insert2<String, String>} takes
     * {@code Row2<String, String>}s ({@code Sql.row(a, b)}):
     * <pre>{@code db.batch(USERS.insert(USERS.NAME, USERS.EMAIL), rows).execute();}</pre>
     */
    public <R extends Row> Batch batch(InsertValues<R> insert, Iterable<? extends R> rows) {
        Checks.notNull(insert, "insert");
        Checks.notNull(rows, "rows");
        return new Batch(this, insert, rows);
    }

    /** A prepared batch; {@link #execute()} runs it. */
    public static final class Batch {
        private final Database db;
        private final InsertValues<?> insert;
        private final Iterable<? extends Row> rows;

        Batch(Database db, InsertValues<?> insert, Iterable<? extends Row> rows) {
            this.db = db;
            this.insert = insert;
            this.rows = rows;
        }

        /** Runs the batch and returns the number of rows inserted. */
        public long execute() {
            var plan = insert.batchPlan(db.dialect);
            int chunk = Math.max(1, Math.min(1_000, db.dialect.maxBindParameters()
                    / Math.max(1, plan.rendered().binds().size())));
            return db.transactionResult(tx -> Executor.batch(tx, plan, rows, chunk));
        }
    }

    /** Closes the pool that {@link #open} made; a {@link DataSource} given to {@link #of} is left open. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    @Override
    public String toString() {
        return "Database[" + dialect.name() + (bound != null ? ", in transaction" : "") + "]";
    }
}
