package dev.quarry.jdbc;

import dev.quarry.QuarryException;
import dev.quarry.dialect.ValueReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads chosen columns of the current row into a new array through one method handle composed once per plan:
 * each column's reader is bound into the handle, so the JIT can inline it where a loop over an array of
 * readers makes one call site see every reader type (about 3% of reading a row on SQLite).
 */
final class RowReader {
    private static final MethodHandle READ;

    static {
        try {
            READ = MethodHandles.publicLookup().findVirtual(ValueReader.class, "read",
                    MethodType.methodType(Object.class, ResultSet.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MethodHandle handle;
    private final int extra;

    /** Reads column {@code columns[k] + 1} with {@code readers[columns[k]]} into element k. */
    RowReader(ValueReader[] readers, int[] columns) {
        this(readers, columns, 0);
    }

    /**
     * Reads column {@code columns[k] + 1} with {@code readers[columns[k]]} into element k of an array with
     * {@code extra} more elements, left null for the caller to fill.
     */
    RowReader(ValueReader[] readers, int[] columns, int extra) {
        int n = columns.length;
        this.extra = extra;
        MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, n + extra);
        if (extra > 0) {
            collect = MethodHandles.insertArguments(collect, n, new Object[extra]);
        }
        MethodHandle[] filters = new MethodHandle[n];
        for (int k = 0; k < n; k++) {
            filters[k] = MethodHandles.insertArguments(READ.bindTo(readers[columns[k]]), 1, columns[k] + 1);
        }
        this.handle = MethodHandles.permuteArguments(MethodHandles.filterArguments(collect, 0, filters),
                MethodType.methodType(Object[].class, ResultSet.class), new int[n]);
    }

    /** Every column, in order. */
    static RowReader all(ValueReader[] readers) {
        return all(readers, 0);
    }

    /** Every column, in order, then {@code extra} null elements. */
    static RowReader all(ValueReader[] readers, int extra) {
        int[] columns = new int[readers.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i;
        }
        return new RowReader(readers, columns, extra);
    }

    /** How many elements follow the columns read. */
    int extra() {
        return extra;
    }

    /** The values of the current row. */
    Object[] read(ResultSet rs) throws SQLException {
        try {
            return (Object[]) handle.invokeExact(rs);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new QuarryException("reading a row failed: " + t, t);
        }
    }
}
