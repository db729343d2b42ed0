package dev.quarry.jdbc;

import dev.quarry.Database;
import dev.quarry.Row;
import dev.quarry.SqlType;
import dev.quarry.dialect.BulkLoad;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.ValueBinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Runs {@code db.load(insert, rows)} inside the caller's transaction: hands the dialect a {@link BulkLoad}
 * over the rows, which it writes by its fastest path. Rows are read one at a time, so memory stays flat
 * however many there are.
 */
public final class Loader implements BulkLoad {
    /** Rows per {@code executeBatch} on the prepared-batch path. */
    private static final int BATCH = 1_000;
    /** Rows per statement on the multi-row path, whatever the bind limit allows. */
    private static final int MAX_ROWS = 10_000;

    private final Connection connection;
    private final Dialect dialect;
    private final String oneRowSql;
    private final IntFunction<String> rowsSql;
    private final List<SqlType<?>> types;
    private final ValueBinder[] binders;
    private final Iterator<? extends Row> rows;
    private long read;

    private Loader(Connection connection, Dialect dialect, String oneRowSql, IntFunction<String> rowsSql,
            List<SqlType<?>> types, Iterator<? extends Row> rows) {
        this.connection = connection;
        this.dialect = dialect;
        this.oneRowSql = oneRowSql;
        this.rowsSql = rowsSql;
        this.types = List.copyOf(types);
        this.binders = new ValueBinder[types.size()];
        for (int i = 0; i < binders.length; i++) {
            binders[i] = dialect.types().binder(types.get(i));
        }
        this.rows = rows;
    }

    /**
     * Loads {@code rows} on {@code tx}, which must be a transaction's handle (the caller commits or rolls back).
     *
     * @param oneRowSql the one-row INSERT ({@code INSERT INTO t (a, b) VALUES (?, ?)})
     * @param rowsSql the INSERT of {@code k} rows of placeholders, for a given {@code k}
     */
    public static long run(Database tx, String oneRowSql, IntFunction<String> rowsSql, List<SqlType<?>> types,
            Iterator<? extends Row> rows) {
        Connection c = tx.acquireConnection();
        long start = System.nanoTime();
        try {
            StatementLog.statement(oneRowSql);
            return tx.dialect().load(new Loader(c, tx.dialect(), oneRowSql, rowsSql, types, rows));
        } catch (SQLException e) {
            throw Executor.failure(tx, oneRowSql, e);
        } finally {
            StatementLog.finished(oneRowSql, start);
            tx.releaseConnection(c);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String target() {
        // the one-row INSERT is "INSERT INTO <table> (<columns>) VALUES (...)", as AnsiRenderer writes it
        String prefix = "INSERT INTO ";
        int values = oneRowSql.lastIndexOf(" VALUES ");
        if (!oneRowSql.startsWith(prefix) || values < 0) {
            throw new IllegalStateException("unexpected INSERT for a bulk load: " + oneRowSql);
        }
        return oneRowSql.substring(prefix.length(), values);
    }

    @Override
    public List<SqlType<?>> types() {
        return types;
    }

    @Override
    public Object[] next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        if (row == null) {
            throw new IllegalArgumentException("load row " + read + " is null");
        }
        int n = binders.length;
        if (row.size() != n) {
            throw new IllegalArgumentException("load row " + read + " has " + row.size() + " values but the insert "
                    + "names " + n + " columns: " + row);
        }
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = row.get(i);
        }
        read++;
        return values;
    }

    @Override
    public long rowsRead() {
        return read;
    }

    @Override
    public long batch() throws SQLException {
        long total = 0;
        try (PreparedStatement ps = connection.prepareStatement(oneRowSql)) {
            int pending = 0;
            for (Object[] row = next(); row != null; row = next()) {
                bind(ps, row, 0);
                ps.addBatch();
                if (++pending == BATCH) {
                    total += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                total += sum(ps.executeBatch());
            }
        }
        return total;
    }

    @Override
    public long multiRowInsert() throws SQLException {
        int n = binders.length;
        int perStatement = Math.max(1, Math.min(MAX_ROWS, dialect.maxBindParameters() / n));
        Map<Integer, PreparedStatement> statements = new HashMap<>();
        long total = 0;
        try {
            String full = rowsSql.apply(perStatement);
            // the SQL text travels with the values in one packet (MySQL's max_allowed_packet)
            long maxBytes = dialect.maxStatementBytes() == Long.MAX_VALUE ? Long.MAX_VALUE
                    : Math.max(1, dialect.maxStatementBytes() - 2L * full.length());
            List<Object[]> pending = new ArrayList<>(Math.min(perStatement, 1_024));
            long bytes = 0;
            for (Object[] row = next(); row != null; row = next()) {
                long rowBytes = estimatedBytes(row);
                if (!pending.isEmpty() && (pending.size() == perStatement || bytes + rowBytes > maxBytes)) {
                    total += flush(statements, pending, perStatement, full);
                    bytes = 0;
                }
                pending.add(row);
                bytes += rowBytes;
            }
            if (!pending.isEmpty()) {
                total += flush(statements, pending, perStatement, full);
            }
        } finally {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
        return total;
    }

    private long flush(Map<Integer, PreparedStatement> statements, List<Object[]> pending, int perStatement,
            String full) throws SQLException {
        int k = pending.size();
        PreparedStatement ps = statements.get(k);
        if (ps == null) {
            // keep the full-size statement and the one of the last size seen: a load needs two at most
            // unless the byte limit cuts statements short, and then sizes rarely repeat
            if (statements.size() > 1) {
                for (var it = statements.entrySet().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    if (e.getKey() != perStatement) {
                        e.getValue().close();
                        it.remove();
                    }
                }
            }
            ps = connection.prepareStatement(k == perStatement ? full : rowsSql.apply(k));
            statements.put(k, ps);
        }
        int index = 0;
        for (Object[] row : pending) {
            bind(ps, row, index);
            index += row.length;
        }
        pending.clear();
        int count = ps.executeUpdate();
        return count == Statement.SUCCESS_NO_INFO ? k : count;
    }

    private void bind(PreparedStatement ps, Object[] row, int offset) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            binders[i].bind(ps, offset + i + 1, row[i]);
        }
    }

    /** As a multi-row INSERT's split estimates it: text at 3 bytes a character, binary at 2, others at 32. */
    private static long estimatedBytes(Object[] row) {
        long n = 0;
        for (Object v : row) {
            if (v instanceof CharSequence text) {
                n += 3L * text.length() + 8;
            } else if (v instanceof byte[] bytes) {
                n += 2L * bytes.length + 16;
            } else {
                n += 32;
            }
        }
        return n;
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(c, 0);
        }
        return total;
    }
}
