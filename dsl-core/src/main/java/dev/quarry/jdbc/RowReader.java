package dev.quarry.jdbc;

import dev.quarry.MappingException;
import dev.quarry.QuarryException;
import dev.quarry.dialect.ValueReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Reads chosen columns of the current row into a new array through one method handle composed once per plan:
 * each column's reader is bound into the handle, so the JIT can inline it where a loop over an array of
 * readers makes one call site see every reader type (about 3% of reading a row on SQLite). {@link #constructing}
 * composes the same way straight into a record's constructor, with no array and no box for a primitive component
 * whose reader reads that primitive.
 */
final class RowReader {
    private static final MethodHandle READ;
    private static final MethodHandle ADAPT;
    private static final MethodHandle LONG;
    private static final MethodHandle INT;
    private static final MethodHandle DOUBLE;
    private static final MethodHandle BOOLEAN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            READ = MethodHandles.publicLookup().findVirtual(ValueReader.class, "read",
                    MethodType.methodType(Object.class, ResultSet.class, int.class));
            ADAPT = lookup.findStatic(RowReader.class, "adapt", MethodType.methodType(Object.class,
                    Function.class, Class.class, String.class, Object.class));
            LONG = primitive(lookup, "readLong", long.class, ValueReader.OfLong.class);
            INT = primitive(lookup, "readInt", int.class, ValueReader.OfInt.class);
            DOUBLE = primitive(lookup, "readDouble", double.class, ValueReader.OfDouble.class);
            BOOLEAN = primitive(lookup, "readBoolean", boolean.class, ValueReader.OfBoolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandle primitive(MethodHandles.Lookup lookup, String name, Class<?> type, Class<?> reader)
            throws ReflectiveOperationException {
        return lookup.findStatic(RowReader.class, name,
                MethodType.methodType(type, reader, String.class, ResultSet.class, int.class));
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

    /**
     * A handle {@code (ResultSet) -> Object} that reads the current row into a new object through
     * {@code constructor}: parameter k from column {@code columns[k] + 1} with that column's reader, converted by
     * {@code converters[k]} when not null. A NULL for a primitive parameter is a {@link MappingException} naming
     * {@code names[k]}; a primitive parameter whose reader reads that primitive ({@link ValueReader.OfLong} ...)
     * and needs no conversion is filled without a box.
     */
    static MethodHandle constructing(MethodHandle constructor, ValueReader[] readers, int[] columns,
            Function<Object, Object>[] converters, String[] names) {
        Class<?>[] params = constructor.type().parameterArray();
        MethodHandle[] getters = new MethodHandle[params.length];
        for (int k = 0; k < params.length; k++) {
            ValueReader reader = readers[columns[k]];
            Class<?> type = params[k];
            MethodHandle primitive = converters[k] != null ? null : primitiveRead(reader, type);
            MethodHandle g;
            if (primitive != null) {
                g = MethodHandles.insertArguments(primitive, 0, reader, names[k]);
            } else {
                g = READ.bindTo(reader);
                if (converters[k] != null || type.isPrimitive()) {
                    g = MethodHandles.filterReturnValue(g,
                            MethodHandles.insertArguments(ADAPT, 0, converters[k], type, names[k]));
                }
            }
            getters[k] = MethodHandles.insertArguments(g, 1, columns[k] + 1)
                    .asType(MethodType.methodType(type, ResultSet.class));
        }
        MethodHandle all = MethodHandles.filterArguments(constructor, 0, getters);
        return MethodHandles.permuteArguments(all,
                MethodType.methodType(constructor.type().returnType(), ResultSet.class), new int[params.length])
                .asType(MethodType.methodType(Object.class, ResultSet.class));
    }

    /** The unboxed read of a {@code type} parameter by {@code reader}, or null when it has none. */
    private static MethodHandle primitiveRead(ValueReader reader, Class<?> type) {
        if (type == long.class && reader instanceof ValueReader.OfLong) {
            return LONG;
        } else if (type == int.class && reader instanceof ValueReader.OfInt) {
            return INT;
        } else if (type == double.class && reader instanceof ValueReader.OfDouble) {
            return DOUBLE;
        } else if (type == boolean.class && reader instanceof ValueReader.OfBoolean) {
            return BOOLEAN;
        }
        return null;
    }

    /** {@code v} for a parameter of {@code type}: converted, or an error for a NULL that a primitive cannot take. */
    static Object adapt(Function<Object, Object> converter, Class<?> type, String name, Object v) {
        if (v == null) {
            if (type.isPrimitive()) {
                throw nullInPrimitive(name, type);
            }
            return null;
        }
        return converter == null ? v : converter.apply(v);
    }

    static MappingException nullInPrimitive(String name, Class<?> type) {
        return new MappingException("column for " + name + " is NULL but " + name + " is a " + type
                + ": use its wrapper type");
    }

    private static long readLong(ValueReader.OfLong reader, String name, ResultSet rs, int index)
            throws SQLException {
        long v = reader.readLong(rs, index);
        if (v == 0 && rs.wasNull()) {
            throw nullInPrimitive(name, long.class);
        }
        return v;
    }

    private static int readInt(ValueReader.OfInt reader, String name, ResultSet rs, int index) throws SQLException {
        int v = reader.readInt(rs, index);
        if (v == 0 && rs.wasNull()) {
            throw nullInPrimitive(name, int.class);
        }
        return v;
    }

    private static double readDouble(ValueReader.OfDouble reader, String name, ResultSet rs, int index)
            throws SQLException {
        double v = reader.readDouble(rs, index);
        if (v == 0 && rs.wasNull()) {
            throw nullInPrimitive(name, double.class);
        }
        return v;
    }

    private static boolean readBoolean(ValueReader.OfBoolean reader, String name, ResultSet rs, int index)
            throws SQLException {
        boolean v = reader.readBoolean(rs, index);
        if (!v && rs.wasNull()) {
            throw nullInPrimitive(name, boolean.class);
        }
        return v;
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
