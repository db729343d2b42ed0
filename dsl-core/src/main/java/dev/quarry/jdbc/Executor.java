package dev.quarry.jdbc;

import dev.quarry.Database;
import dev.quarry.Param;
import dev.quarry.QueryExecutionException;
import dev.quarry.Row;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.internal.Timeouts;
import dev.quarry.render.Bind;
import dev.quarry.spi.ExecutionListener;
import dev.quarry.spi.StatementKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs compiled plans over JDBC: prepares, binds with the plan's binders, reads with its readers, and
 * turns every {@link SQLException} into a {@link QueryExecutionException} carrying the SQL. Statements are
 * logged at DEBUG on the logger {@code dev.quarry.sql} (the SQL only; the values when the system property
 * {@code quarry.sql.logValues} is {@code true}), and slow ones at WARN on {@code dev.quarry.sql.slow} (over the
 * system property {@code quarry.sql.slowThreshold}, default 1000 ms).
 *
 * @since 0.1.0
 */
public final class Executor {
    private Executor() {
    }

    private static void bind(PreparedStatement ps, Plan<?> plan, Map<Param<?>, Object> bindings)
            throws SQLException {
        List<Bind> binds = plan.rendered.binds();
        ValueBinder[] binders = plan.execution().binders;
        for (int i = 0; i < binders.length; i++) {
            Bind b = binds.get(i);
            Object value = b.value();
            if (b.param() != null) {
                if (!bindings.containsKey(b.param())) {
                    throw new IllegalStateException("parameter '" + b.param().name()
                            + "' has no value: call bind(param, value) before running the query");
                }
                value = bindings.get(b.param());
            }
            binders[i].bind(ps, i + 1, value);
        }
        StatementLog.statement(plan.rendered.sql(), binds, bindings);
    }

    private static PreparedStatement prepare(Connection c, Plan<?> plan) throws SQLException {
        String sql = plan.rendered.sql();
        if (!plan.rendered.generatedKeys().isEmpty()) {
            return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        }
        return c.prepareStatement(sql);
    }

    private static ResultSet open(PreparedStatement ps, Plan<?> plan) throws SQLException {
        if (!plan.rendered.generatedKeys().isEmpty()) {
            ps.executeUpdate();
            return ps.getGeneratedKeys();
        }
        // execute(), not executeQuery(): MySQL Connector/J's executeQuery refuses any statement that starts
        // with INSERT or DELETE, and so MariaDB's INSERT/DELETE ... RETURNING.
        if (!ps.execute()) {
            throw new SQLException("the statement returned no result set");
        }
        return ps.getResultSet();
    }

    /** The exception a failed statement throws: Quarry's, or what the database's listener translates it to. */
    static RuntimeException failure(Database db, String sql, SQLException e) {
        QueryExecutionException failure = new QueryExecutionException(sql, e, db.dialect().driver().sqlState(e));
        ExecutionListener listener = db.listener();
        if (listener == null) {
            return failure;
        }
        RuntimeException translated = listener.translate(failure);
        return translated != null ? translated : failure;
    }

    /** A statement body run between a listener's {@code start} and {@code end}. */
    @FunctionalInterface
    private interface Body<T> {
        T run();
    }

    /**
     * Runs {@code body} between {@code listener.start} and {@code listener.end}. Only a database with a
     * listener comes here, so a plain one allocates nothing for listening.
     */
    private static <T> T observed(ExecutionListener listener, StatementKind kind, String sql, Body<T> body) {
        listener.start(kind, sql);
        long started = System.nanoTime();
        T result;
        try {
            result = body.run();
        } catch (RuntimeException | Error e) {
            listener.end(kind, sql, System.nanoTime() - started, e);
            throw e;
        }
        listener.end(kind, sql, System.nanoTime() - started, null);
        return result;
    }

    /**
     * Sets the query's own timeout, or the database handle's, on {@code ps}: as the driver's query timeout, or
     * where the driver has none ({@link dev.quarry.dialect.DriverSupport#cancelsOnTimeout()}) as a cancel from
     * another thread, which the returned value disarms when closed (null: nothing to disarm).
     */
    private static Timeouts.Cancel timeout(Statement ps, Database db, Map<Param<?>, Object> bindings)
            throws SQLException {
        Duration t = Timeouts.of(bindings, db.queryTimeout().orElse(null));
        if (t == null) {
            return null;
        } else if (db.dialect().driver().cancelsOnTimeout()) {
            return Timeouts.cancelAfter(ps, t);
        }
        ps.setQueryTimeout(Timeouts.seconds(t));
        return null;
    }

    /** A replica's connection for a read-only plan on a routing handle, else the handle's own. */
    private static Connection connection(Database db, Plan<?> plan) {
        return plan.readOnly ? db.acquireReadConnection() : db.acquireConnection();
    }

    /** Runs a query and reads at most {@code maxRows} rows (0: all). */
    public static <R> List<R> fetch(Database db, Plan<R> plan, Map<Param<?>, Object> bindings, int maxRows) {
        ExecutionListener listener = db.listener();
        if (listener != null) {
            return observed(listener, plan.kind, plan.rendered.sql(), () -> fetchRows(db, plan, bindings, maxRows));
        }
        return fetchRows(db, plan, bindings, maxRows);
    }

    /**
     * Runs a query and reads each row into an array of its values followed by {@code extra} null elements,
     * making no row objects: what {@link NestedLoader} builds nested records from.
     */
    @SuppressWarnings("unchecked")
    public static List<Object[]> fetchArrays(Database db, Plan<?> plan, Map<Param<?>, Object> bindings, int extra) {
        ExecutionListener listener = db.listener();
        List<?> rows = listener == null ? fetchRows(db, plan, bindings, 0, extra, null)
                : observed(listener, plan.kind, plan.rendered.sql(),
                        () -> fetchRows(db, plan, bindings, 0, extra, null));
        return (List<Object[]>) rows;
    }

    /** What {@link #each} hands every row of a result to. */
    @FunctionalInterface
    interface RowSink {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code plan}, a query without named parameters, bound with {@code values} (one per placeholder, in
     * order) in place of the values it was rendered with, and hands every row to {@code sink}: how
     * {@link NestedLoader} runs a child query again for other keys without rendering it again.
     */
    static void each(Database db, Plan<?> plan, Object[] values, RowSink sink) {
        ExecutionListener listener = db.listener();
        if (listener == null) {
            runEach(db, plan, values, sink);
        } else {
            observed(listener, plan.kind, plan.rendered.sql(), () -> {
                runEach(db, plan, values, sink);
                return null;
            });
        }
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static void runEach(Database db, Plan<?> plan, Object[] values, RowSink sink) {
        Connection c = connection(db, plan);
        long start = System.nanoTime();
        try (PreparedStatement ps = prepare(c, plan); Timeouts.Cancel t = timeout(ps, db, Map.of())) {
            ValueBinder[] binders = plan.execution().binders;
            if (values.length != binders.length) {
                throw new IllegalArgumentException(values.length + " values for " + binders.length + " placeholders");
            }
            for (int i = 0; i < binders.length; i++) {
                binders[i].bind(ps, i + 1, values[i]);
            }
            StatementLog.statement(plan.rendered.sql(), values);
            try (ResultSet rs = open(ps, plan)) {
                while (rs.next()) {
                    sink.row(rs);
                }
            }
        } catch (SQLException e) {
            throw failure(db, plan.rendered.sql(), e);
        } finally {
            StatementLog.finished(plan.rendered.sql(), start);
            db.releaseConnection(c);
        }
    }

    /**
     * Runs a query and makes each row's value with {@code values} from the values read, in place of the plan's
     * row objects: how {@code map} hands a row's columns straight to the user's function.
     */
    @SuppressWarnings("unchecked")
    public static <X> List<X> fetchWith(Database db, Plan<?> plan, Map<Param<?>, Object> bindings,
            RowFactory<X> values) {
        ExecutionListener listener = db.listener();
        List<?> rows = listener == null ? fetchRows(db, plan, bindings, 0, -1, values)
                : observed(listener, plan.kind, plan.rendered.sql(),
                        () -> fetchRows(db, plan, bindings, 0, -1, values));
        return (List<X>) rows;
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> fetchRows(Database db, Plan<R> plan, Map<Param<?>, Object> bindings, int maxRows) {
        return (List<R>) fetchRows(db, plan, bindings, maxRows, -1, plan.factory);
    }

    /**
     * The rows of {@code plan} made by {@code factory} ({@code extra < 0}) or as arrays with {@code extra} more
     * elements.
     */
    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static List<Object> fetchRows(Database db, Plan<?> plan, Map<Param<?>, Object> bindings, int maxRows,
            int extra, RowFactory<?> factory) {
        Connection c = connection(db, plan);
        long start = System.nanoTime();
        try (PreparedStatement ps = prepare(c, plan); Timeouts.Cancel t = timeout(ps, db, bindings)) {
            bind(ps, plan, bindings);
            try (ResultSet rs = open(ps, plan)) {
                List<Object> out = maxRows > 0 ? new ArrayList<>(maxRows) : new ArrayList<>();
                Plan.Execution exec = plan.execution();
                if (extra >= 0) {
                    RowReader reader = exec.widened(extra);
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                    return out;
                }
                var reader = exec.row;
                var shape = exec.shape;
                while (rs.next()) {
                    out.add(factory.create(shape, reader.read(rs)));
                    if (out.size() == maxRows) {
                        break;
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(db, plan.rendered.sql(), e);
        } finally {
            StatementLog.finished(plan.rendered.sql(), start);
            db.releaseConnection(c);
        }
    }

    /** Runs a query and maps each row to {@code type} (a record or a POJO). */
    public static <E> List<E> fetchInto(Database db, Plan<?> plan, Map<Param<?>, Object> bindings, Class<E> type) {
        ExecutionListener listener = db.listener();
        if (listener != null) {
            return observed(listener, plan.kind, plan.rendered.sql(), () -> fetchMapped(db, plan, bindings, type));
        }
        return fetchMapped(db, plan, bindings, type);
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static <E> List<E> fetchMapped(Database db, Plan<?> plan, Map<Param<?>, Object> bindings, Class<E> type) {
        RecordMapper<E> mapper = mapper(plan, type);
        Connection c = connection(db, plan);
        long start = System.nanoTime();
        try (PreparedStatement ps = prepare(c, plan); Timeouts.Cancel t = timeout(ps, db, bindings)) {
            bind(ps, plan, bindings);
            try (ResultSet rs = open(ps, plan)) {
                List<E> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(db, plan.rendered.sql(), e);
        } finally {
            StatementLog.finished(plan.rendered.sql(), start);
            db.releaseConnection(c);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> RecordMapper<E> mapper(Plan<?> plan, Class<E> type) {
        Plan.Execution exec = plan.execution();
        return (RecordMapper<E>) exec.mappers.computeIfAbsent(type,
                t -> RecordMapper.of(t, exec.shape).readingWith(exec.readers));
    }

    /** Maps rows already read to {@code type} (a record or a POJO). */
    public static <E> List<E> mapRows(Plan<?> plan, List<? extends Row> rows, Class<E> type) {
        RecordMapper<E> mapper = mapper(plan, type);
        List<E> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(mapper.fromValues(r.values().toArray()));
        }
        return out;
    }

    /**
     * Runs a query as a lazy stream. The stream holds a connection until it is closed, exhausted, or its
     * consumer throws; use it in try-with-resources.
     */
    public static <R> Stream<R> stream(Database db, Plan<R> plan, Map<Param<?>, Object> bindings) {
        ExecutionListener listener = db.listener();
        if (listener == null) {
            return openStream(db, plan, bindings, null, 0);
        }
        // the statement ends when the stream closes: the cursor reports the end, or this method if opening fails
        listener.start(plan.kind, plan.rendered.sql());
        long started = System.nanoTime();
        try {
            return openStream(db, plan, bindings, listener, started);
        } catch (RuntimeException | Error e) {
            listener.end(plan.kind, plan.rendered.sql(), System.nanoTime() - started, e);
            throw e;
        }
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static <R> Stream<R> openStream(Database db, Plan<R> plan, Map<Param<?>, Object> bindings,
            ExecutionListener listener, long started) {
        Connection c = connection(db, plan);
        PreparedStatement ps = null;
        boolean ownTransaction = false;
        try {
            if (db.dialect().driver().streamInTransaction() && c.getAutoCommit()) {
                c.setAutoCommit(false);
                ownTransaction = true;
            }
            long start = System.nanoTime();
            ps = prepare(c, plan);
            ps.setFetchSize(db.dialect().driver().streamFetchSize());
            bind(ps, plan, bindings);
            ResultSet rs;
            try (Timeouts.Cancel t = timeout(ps, db, bindings)) {
                rs = open(ps, plan); // a timeout covers running the query, not reading the stream
            }
            StatementLog.finished(plan.rendered.sql(), start);
            Cursor<R> cursor = new Cursor<>(db, c, ps, rs, plan, ownTransaction, listener, started);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            closeQuietly(ps, e);
            endStreamTransaction(c, ownTransaction, false, e);
            db.releaseConnection(c);
            throw failure(db, plan.rendered.sql(), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(ps, e);
            endStreamTransaction(c, ownTransaction, false, e);
            db.releaseConnection(c);
            throw e;
        }
    }

    /**
     * Ends the transaction a stream began for itself ({@link dev.quarry.dialect.DriverSupport#streamInTransaction}):
     * commits it (as autocommit would have) or rolls it back after a failure, then turns autocommit back on.
     */
    private static void endStreamTransaction(Connection c, boolean ownTransaction, boolean commit, Throwable failure) {
        if (!ownTransaction) {
            return;
        }
        try {
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw new QueryExecutionException("cannot end the transaction of a stream: " + e.getMessage(), null, e);
            }
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                // the pool resets or evicts a connection it cannot reset; nothing is lost
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable, Throwable failure) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
    public static int execute(Database db, Plan<?> plan, Map<Param<?>, Object> bindings) {
        ExecutionListener listener = db.listener();
        if (listener != null) {
            return observed(listener, plan.kind, plan.rendered.sql(), () -> update(db, plan, bindings));
        }
        return update(db, plan, bindings);
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static int update(Database db, Plan<?> plan, Map<Param<?>, Object> bindings) {
        Connection c = db.acquireConnection();
        long start = System.nanoTime();
        try (PreparedStatement ps = prepare(c, plan); Timeouts.Cancel t = timeout(ps, db, bindings)) {
            bind(ps, plan, bindings);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(db, plan.rendered.sql(), e);
        } finally {
            StatementLog.finished(plan.rendered.sql(), start);
            db.releaseConnection(c);
        }
    }

    /**
     * Runs one statement per row as a JDBC batch, binding row values straight into the statement, in chunks
     * of {@code chunk} rows. The caller provides the transaction.
     */
    public static long batch(Database tx, Plan<?> plan, Iterable<? extends Row> rows, int chunk) {
        ExecutionListener listener = tx.listener();
        if (listener != null) {
            return observed(listener, StatementKind.BATCH, plan.rendered.sql(), () -> runBatch(tx, plan, rows, chunk));
        }
        return runBatch(tx, plan, rows, chunk);
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static long runBatch(Database tx, Plan<?> plan, Iterable<? extends Row> rows, int chunk) {
        Connection c = tx.acquireConnection();
        long start = System.nanoTime();
        try (PreparedStatement ps = prepare(c, plan); Timeouts.Cancel t = timeout(ps, tx, Map.of())) {
            StatementLog.statement(plan.rendered.sql());
            var binders = plan.execution().binders;
            int n = binders.length;
            long total = 0;
            int pending = 0;
            long index = 0;
            for (Row row : rows) {
                if (row == null) {
                    throw new IllegalArgumentException("batch row " + index + " is null");
                }
                index++;
                if (row.size() != n) {
                    throw new IllegalArgumentException("a batch row has " + row.size() + " values but the statement "
                            + "takes " + n + ": " + row);
                }
                for (int i = 0; i < n; i++) {
                    binders[i].bind(ps, i + 1, row.get(i));
                }
                ps.addBatch();
                if (++pending == chunk) {
                    total += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                total += sum(ps.executeBatch());
            }
            return total;
        } catch (SQLException e) {
            throw failure(tx, plan.rendered.sql(), e);
        } finally {
            StatementLog.finished(plan.rendered.sql(), start);
            tx.releaseConnection(c);
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int n : counts) {
            total += n == Statement.SUCCESS_NO_INFO ? 1 : Math.max(n, 0);
        }
        return total;
    }

    /** Runs plain SQL with no binds and no result (DDL). */
    public static void executeSql(Database db, String sql) {
        ExecutionListener listener = db.listener();
        if (listener != null) {
            observed(listener, StatementKind.DDL, sql, () -> {
                runSql(db, sql);
                return null;
            });
        } else {
            runSql(db, sql);
        }
    }

    @SuppressWarnings("try") // the timeout is a resource only to be disarmed when the statement ends
    private static void runSql(Database db, String sql) {
        Connection c = db.acquireConnection();
        long start = System.nanoTime();
        try (Statement st = c.createStatement(); Timeouts.Cancel t = timeout(st, db, Map.of())) {
            StatementLog.statement(sql);
            st.execute(sql);
        } catch (SQLException e) {
            throw failure(db, sql, e);
        } finally {
            StatementLog.finished(sql, start);
            db.releaseConnection(c);
        }
    }

    /** A lazy cursor over a result set that frees its statement and connection once, when done. */
    private static final class Cursor<R> extends Spliterators.AbstractSpliterator<R> {
        private final Database db;
        private final Connection connection;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final Plan<R> plan;
        private final Plan.Execution exec;
        private final boolean ownTransaction;
        private final ExecutionListener listener;
        private final long started;
        private boolean closed;

        Cursor(Database db, Connection connection, PreparedStatement ps, ResultSet rs, Plan<R> plan,
                boolean ownTransaction, ExecutionListener listener, long started) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.db = db;
            this.connection = connection;
            this.ps = ps;
            this.rs = rs;
            this.plan = plan;
            this.exec = plan.execution();
            this.ownTransaction = ownTransaction;
            this.listener = listener;
            this.started = started;
        }

        @Override
        public boolean tryAdvance(Consumer<? super R> action) {
            if (closed) {
                return false;
            }
            R row;
            try {
                if (!rs.next()) {
                    close();
                    return false;
                }
                row = plan.factory.create(exec.shape, exec.row.read(rs));
            } catch (SQLException e) {
                RuntimeException thrown = failure(db, plan.rendered.sql(), e);
                close(e, thrown);
                throw thrown;
            } catch (RuntimeException | Error e) {
                close(e, e);
                throw e;
            }
            try {
                action.accept(row);
            } catch (RuntimeException | Error e) {
                close(e, e);
                throw e;
            }
            return true;
        }

        void close() {
            close(null, null);
        }

        /**
         * Frees the cursor once. After {@code failure} (null: none), problems in closing are added to it rather
         * than hiding it, and a database failure rolls back the stream's own transaction.
         */
        private void close(Throwable failure, Throwable thrown) {
            if (closed) {
                return;
            }
            closed = true;
            Throwable reported = thrown;
            try {
                rs.close();
                ps.close();
                endStreamTransaction(connection, ownTransaction, !(failure instanceof SQLException), failure);
            } catch (SQLException e) {
                // closing the result set or statement failed: the stream's own transaction is still open
                if (failure != null) {
                    failure.addSuppressed(e);
                }
                endStreamTransaction(connection, ownTransaction, false, failure != null ? failure : e);
                if (failure == null) {
                    RuntimeException closing = failure(db, plan.rendered.sql(), e);
                    reported = closing;
                    throw closing;
                }
            } finally {
                try {
                    db.releaseConnection(connection);
                } finally {
                    if (listener != null) {
                        listener.end(plan.kind, plan.rendered.sql(), System.nanoTime() - started, reported);
                    }
                }
            }
        }
    }
}
