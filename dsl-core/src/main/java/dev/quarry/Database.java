package dev.quarry;

import dev.quarry.internal.Checks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.internal.Secrets;
import dev.quarry.internal.Sneaky;
import dev.quarry.internal.Timeouts;
import dev.quarry.spi.ConnectionProvider;
import dev.quarry.spi.ExecutionListener;
import dev.quarry.jdbc.Executor;
import dev.quarry.spi.TransactionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Optional;
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
    private final Hooks hooks;
    /** The provider's transaction this handle is the {@code tx} of, or null. */
    private final TransactionProvider.Transaction transaction;

    /**
     * What integrations plug in ({@link #withConnections}, {@link #withTransactions}, {@link #withListener});
     * each null when not set, so that a plain database pays one null check per statement.
     */
    private record Hooks(ConnectionProvider connections, TransactionProvider transactions,
            ExecutionListener listener, Duration queryTimeout) {
        static final Hooks NONE = new Hooks(null, null, null, null);
    }

    /** The primary and replicas of a {@link #routing} handle; null on every other handle. */
    private final ReplicaSet replicas;

    private Database(DataSource dataSource, Dialect dialect, HikariDataSource owned, Connection bound) {
        this(dataSource, dialect, owned, bound, Hooks.NONE, null, null);
    }

    private Database(DataSource dataSource, Dialect dialect, HikariDataSource owned, Connection bound, Hooks hooks,
            TransactionProvider.Transaction transaction) {
        this(dataSource, dialect, owned, bound, hooks, transaction, null);
    }

    private Database(DataSource dataSource, Dialect dialect, HikariDataSource owned, Connection bound, Hooks hooks,
            TransactionProvider.Transaction transaction, ReplicaSet replicas) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.owned = owned;
        this.bound = bound;
        this.hooks = hooks;
        this.transaction = transaction;
        this.replicas = replicas;
    }

    /** Opens a HikariCP pool on {@code jdbcUrl}, detecting the dialect: {@code Database.open("jdbc:sqlite:app.db")}. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /**
     * Opens a HikariCP pool on {@code jdbcUrl} with credentials, detecting the dialect. {@code user} and
     * {@code password} may be null (for SQLite, or when the URL holds them); given here, they win over the URL's.
     *
     * <p>A password never shows in an exception or a log line: not as an argument, nor in the URL's user-info
     * ({@code jdbc:mysql://app:pw@host/db}) or its {@code password=} / {@code ;password=} parameters, which are
     * taken out of the URL and handed to the driver as properties.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Checks.notNull(jdbcUrl, "jdbcUrl");
        Secrets secrets = Secrets.of(jdbcUrl, password);
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("'" + secrets.mask(jdbcUrl) + "' is not a JDBC URL (jdbc:sqlite:app.db, "
                    + "jdbc:postgresql://host/db, jdbc:mysql://host/db ...)");
        }
        try {
            java.sql.DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalArgumentException("no JDBC driver on the class path accepts " + secrets.mask(jdbcUrl)
                    + ": add the database's driver (org.xerial:sqlite-jdbc, org.postgresql:postgresql, "
                    + "com.mysql:mysql-connector-j ...)");
        }
        Dialect byUrl = DialectLookup.forUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        // the URL without its password, which the pool then cannot log; the password goes as a property
        config.setJdbcUrl(secrets.url());
        config.setUsername(user != null ? user : secrets.user());
        config.setPassword(password != null ? password : secrets.password());
        config.setPoolName("quarry");
        if (byUrl != null) {
            byUrl.driver().connectionProperties().forEach(config::addDataSourceProperty);
            if (byUrl.driver().singleConnection(jdbcUrl)) {
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
            throw new QueryExecutionException("cannot connect to " + secrets.mask(jdbcUrl) + ": "
                    + secrets.mask(cause.getMessage()), null, secrets.mask(cause));
        }
        try {
            return new Database(pool, detect(pool), pool, null);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
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

    /**
     * A handle that sends reads to replicas and everything else to {@code primary}: a SELECT run outside a
     * transaction goes to the next replica in round robin, skipping one that fails to connect (and to the
     * primary when none connects); writes, DDL, {@code SELECT ... FOR UPDATE}, RETURNING statements and
     * whole transactions go to the primary, so a transaction never splits between servers.
     *
     * <pre>{@code
     * Database db = Database.routing(Database.open(primaryUrl), Database.open(replicaUrl));
     * USERS.select().fetch(db);            // on the replica
     * USERS.insert().set(..).execute(db);  // on the primary
     * USERS.select().fetch(db.primary());  // read your own writes
     * }</pre>
     *
     * <p>Replicas lag behind the primary: a read right after a write may not see it; run such reads on
     * {@link #primary()} or inside the transaction. Closing the handle closes the primary and every replica.
     *
     * @param primary  where writes and transactions go
     * @param replicas where reads outside transactions go; all must speak the primary's dialect
     * @throws IllegalArgumentException if an argument is null, is a transaction's or a routing handle, or a
     *         replica's dialect differs from the primary's
     * @since 0.1.0
     */
    public static Database routing(Database primary, Database... replicas) {
        Checks.notNull(primary, "primary");
        Checks.notNull(replicas, "replicas");
        if (primary.bound != null || primary.replicas != null) {
            throw new IllegalArgumentException("primary must be a plain database handle, not "
                    + (primary.bound != null ? "a transaction's" : "a routing handle") + ": " + primary);
        }
        for (int i = 0; i < replicas.length; i++) {
            Database r = Checks.notNull(replicas[i], "replicas[" + i + "]");
            if (r.bound != null || r.replicas != null) {
                throw new IllegalArgumentException("replicas[" + i + "] must be a plain database handle, not "
                        + (r.bound != null ? "a transaction's" : "a routing handle") + ": " + r);
            }
            if (r.dialect.getClass() != primary.dialect.getClass()) {
                throw new IllegalArgumentException("replicas[" + i + "] speaks " + r.dialect.name()
                        + " but the primary speaks " + primary.dialect.name());
            }
        }
        return new Database(primary.dataSource, primary.dialect, null, null, primary.hooks, null,
                new ReplicaSet(primary, java.util.List.of(replicas)));
    }

    /**
     * Where writes go: on a {@link #routing} handle the primary itself, for reads that must see your own
     * writes; on every other handle (a transaction's too) this handle.
     *
     * @since 0.1.0
     */
    public Database primary() {
        return replicas != null ? replicas.primary() : this;
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

    /**
     * A handle on the same database (the same pool, dialect and transaction) whose every statement is cancelled
     * after {@code timeout}: a timed-out statement is a {@link QueryExecutionException} whose
     * {@link QueryExecutionException#isTimeout()} is true. A query's own {@code timeout(..)} wins over it;
     * transactions begun on the handle keep it. Closing either handle closes a pool that {@link #open} made.
     *
     * <p>Dialects: JDBC counts whole seconds, so the timeout is rounded up to the next second, never to 0.
     *
     * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
     */
    public Database withQueryTimeout(Duration timeout) {
        return new Database(dataSource, dialect, owned, bound, new Hooks(hooks.connections, hooks.transactions,
                hooks.listener, Timeouts.check(timeout, "timeout")), transaction, replicas);
    }

    /** The timeout of every statement run through this handle ({@link #withQueryTimeout}), or empty. */
    public Optional<Duration> queryTimeout() {
        return Optional.ofNullable(hooks.queryTimeout);
    }

    /**
     * True if this handle's statements run in a transaction: it is the {@code tx} of a transaction body, or
     * its transaction provider has one running on this thread ({@link TransactionProvider#active()}, a Spring
     * {@code @Transactional} method), so that {@code transaction(..)} would only nest in it.
     */
    public boolean inTransaction() {
        return bound != null || hooks.transactions != null && hooks.transactions.active();
    }

    /**
     * A connection for one statement; give it back with {@link #releaseConnection}. Inside a transaction this
     * is the transaction's connection. Meant for integrations; application code uses queries.
     */
    public Connection acquireConnection() {
        if (bound != null) {
            return bound;
        }
        if (replicas != null) {
            return replicas.primary().acquireConnection();
        }
        try {
            ConnectionProvider provider = hooks.connections;
            return provider != null ? provider.acquire() : dataSource.getConnection();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot get a connection: " + e.getMessage() + rootCause(e), null, e);
        }
    }

    /**
     * A connection for one read-only statement outside a transaction: on a {@link #routing} handle a
     * replica's, in round robin, skipping a replica that fails to connect; on any other handle the same as
     * {@link #acquireConnection}. Give it back with {@link #releaseConnection}.
     *
     * @since 0.1.0
     */
    public Connection acquireReadConnection() {
        return replicas != null ? replicas.readConnection() : acquireConnection();
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
            ConnectionProvider provider = hooks.connections;
            if (provider != null) {
                provider.release(connection);
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot return a connection: " + e.getMessage(), null, e);
        }
    }

    /**
     * A copy of this handle whose statements get their connections from {@code connections} instead of the
     * {@link DataSource} (statements inside a transaction keep using the transaction's connection). The copy
     * shares this handle's pool, dialect and other hooks.
     */
    public Database withConnections(ConnectionProvider connections) {
        Checks.notNull(connections, "connections");
        return new Database(dataSource, dialect, owned, bound,
                new Hooks(connections, hooks.transactions, hooks.listener, hooks.queryTimeout), transaction, replicas);
    }

    /**
     * A copy of this handle whose {@link #transaction} begins, commits and rolls back through
     * {@code transactions} (for example Spring's transaction manager) instead of on a connection of its own.
     */
    public Database withTransactions(TransactionProvider transactions) {
        Checks.notNull(transactions, "transactions");
        return new Database(dataSource, dialect, owned, bound,
                new Hooks(hooks.connections, transactions, hooks.listener, hooks.queryTimeout), transaction, replicas);
    }

    /**
     * A copy of this handle that tells {@code listener} about every statement it runs and lets it translate
     * failures; a listener already set stays, and hears first ({@link ExecutionListener#compose}).
     */
    public Database withListener(ExecutionListener listener) {
        Checks.notNull(listener, "listener");
        ExecutionListener all = hooks.listener == null ? listener : ExecutionListener.compose(hooks.listener, listener);
        return new Database(dataSource, dialect, owned, bound,
                new Hooks(hooks.connections, hooks.transactions, all, hooks.queryTimeout), transaction, replicas);
    }

    /**
     * The listener of {@link #withListener}, or null when there is none. Meant for integrations and the
     * executor; application code sets listeners, it does not call them.
     */
    public ExecutionListener listener() {
        return hooks.listener;
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
     * A handle given a {@link TransactionProvider} ({@link #withTransactions}) lets the provider begin, commit,
     * roll back and nest instead (Spring's joins a running Spring transaction with a savepoint).
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
        if (hooks.transactions != null) {
            return provided(body);
        }
        if (bound != null) {
            return nested(body);
        }
        if (replicas != null) {
            return replicas.primary().transactionResult(body);
        }
        Connection c = acquireConnection();
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            if (autoCommit) {
                // sqlite-jdbc records auto-commit off before its BEGIN, which may fail (SQLITE_BUSY): put the
                // connection back in auto-commit, or the next transaction on it would find it "begun" and run
                // its statements one by one, each committed on its own
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the driver has it in auto-commit again, or the pool resets it
                }
            }
            releaseConnection(c);
            throw new QueryExecutionException("cannot begin a transaction: " + e.getMessage(), null, e);
        }
        Database tx = new Database(dataSource, dialect, null, c, hooks, null);
        try {
            R result = body.apply(tx);
            if (autoCommit) {
                // turning auto-commit back on commits (JDBC's Connection.setAutoCommit); unlike commit(), it
                // begins no next transaction, which sqlite-jdbc does at once (a BEGIN IMMEDIATE that can fail
                // with SQLITE_BUSY after the commit succeeded, and must not make Retry run the body again)
                c.setAutoCommit(true);
            } else {
                c.commit();
            }
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

    /** A transaction of the {@link TransactionProvider}, nested in this handle's when it is a {@code tx}. */
    private <R> R provided(TransactionFunction<R> body) {
        TransactionProvider provider = hooks.transactions;
        TransactionProvider.Transaction t;
        try {
            t = provider.begin(transaction);
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot begin a transaction: " + e.getMessage(), null, e);
        }
        R result;
        try {
            result = body.apply(new Database(dataSource, dialect, null, t.connection(), hooks, t));
        } catch (Throwable failure) {
            try {
                provider.rollback(t);
            } catch (SQLException | RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw Sneaky.rethrow(failure);
        }
        try {
            provider.commit(t);
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot commit the transaction: " + e.getMessage(), null, e);
        }
        return result;
    }

    /**
     * Runs {@code body} in a transaction as {@link #transaction(TransactionBody)} does, and runs it again in a
     * new transaction after a serialization failure or a deadlock, as {@code retry} allows:
     * {@code db.transaction(Retry.times(5), tx -> ..)}. On a {@code tx} it runs once, nested.
     *
     * <p><b>Dialects:</b> which failures are retried is the dialect's {@link Dialect#isTransient}: SQLState
     * {@code 40001} and {@code 40P01}, MySQL/MariaDB errors 1213 and 1205 (a Galera certification conflict is a
     * 1213); see {@link Retry}.
     */
    public void transaction(Retry retry, TransactionBody body) {
        Checks.notNull(body, "body");
        transactionResult(retry, tx -> {
            body.run(tx);
            return null;
        });
    }

    /** Like {@link #transaction(Retry, TransactionBody)} for a body that returns a value. */
    public <R> R transactionResult(Retry retry, TransactionFunction<R> body) {
        return Checks.notNull(retry, "retry").run(this, body);
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

    /**
     * Loads many rows into the columns of {@code insert} by the database's fastest path, in one transaction
     * (the caller's, or a new one), so that either every row is loaded or none. The rows are read one at a
     * time: millions load in a small heap. Typed like {@link #batch}:
     * <pre>{@code db.load(USERS.insert(USERS.NAME, USERS.EMAIL), rows).execute();}</pre>
     * Dialects: PostgreSQL {@code COPY users (name, email) FROM STDIN} through the driver's copy API;
     * MySQL/MariaDB multi-row {@code INSERT INTO users (name, email) VALUES (?, ?), (?, ?), ...}, each statement
     * under the bind-parameter limit and {@code max_allowed_packet}; SQLite one prepared
     * {@code INSERT INTO users (name, email) VALUES (?, ?)} run as JDBC batches.
     *
     * @throws IllegalArgumentException (from {@code execute}) for a null row or one of the wrong size, naming
     *     its index; nothing is loaded
     * @since 0.1.0
     */
    public <R extends Row> Load load(InsertValues<R> insert, Iterable<? extends R> rows) {
        Checks.notNull(insert, "insert");
        Checks.notNull(rows, "rows");
        return new Load(this, insert, rows::iterator, null);
    }

    /**
     * {@link #load(InsertValues, Iterable)} from a stream, which is consumed by {@link Load#execute()} and closed
     * when it ends (so a stream over a file or a cursor frees it); the load can run once.
     *
     * @since 0.1.0
     */
    public <R extends Row> Load load(InsertValues<R> insert, java.util.stream.Stream<? extends R> rows) {
        Checks.notNull(insert, "insert");
        Checks.notNull(rows, "rows");
        return new Load(this, insert, rows::iterator, rows);
    }

    /** A prepared bulk load; {@link #execute()} runs it. */
    public static final class Load {
        private final Database db;
        private final InsertValues<?> insert;
        private final java.util.function.Supplier<? extends java.util.Iterator<? extends Row>> rows;
        private final java.util.stream.Stream<?> stream;

        Load(Database db, InsertValues<?> insert,
                java.util.function.Supplier<? extends java.util.Iterator<? extends Row>> rows,
                java.util.stream.Stream<?> stream) {
            this.db = db;
            this.insert = insert;
            this.rows = rows;
            this.stream = stream;
        }

        /**
         * Loads the rows and returns how many were loaded; on any failure the transaction rolls back and the
         * exception is thrown (a {@link QueryExecutionException} for the database's refusal).
         */
        public long execute() {
            try {
                String oneRow = insert.batchPlan(db.dialect).rendered().sql();
                return db.transactionResult(tx -> dev.quarry.jdbc.Loader.run(tx, oneRow,
                        k -> insert.loadSql(tx.dialect(), k), insert.columnTypes(), rows.get()));
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
        }
    }

    /**
     * Closes the pool that {@link #open} made; a {@link DataSource} given to {@link #of} is left open. On a
     * {@link #routing} handle, closes the primary and every replica in the same way.
     */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
        if (replicas != null) {
            replicas.close();
        }
    }

    @Override
    public String toString() {
        return "Database[" + dialect.name() + (bound != null ? ", in transaction" : "")
                + (replicas != null ? ", routing to " + replicas.size() + " replica(s)" : "") + "]";
    }
}
