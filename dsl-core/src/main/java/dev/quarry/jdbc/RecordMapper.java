package dev.quarry.jdbc;

import dev.quarry.MappingException;
import dev.quarry.dialect.ValueReader;
import dev.quarry.internal.Names;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps result rows to a Java record (by component name) or a POJO (by setter), matching names while
 * ignoring case and underscores. Everything is resolved once per query and class: the row loop calls a
 * prepared {@link MethodHandle}, with no reflection and no look-up by name. A record is read straight from
 * the result set into its constructor ({@link RowReader#constructing}); a POJO from an array of the row's values.
 *
 * @param <E> the target type
 * @since 0.1.0
 */
public abstract class RecordMapper<E> {
    final int[] columns;
    final Function<Object, Object>[] converters;
    final String[] names;
    final Class<?>[] types;
    /** Reads this mapper's columns in component order; set by {@link #readingWith} before publication. */
    private RowReader reader;

    RecordMapper(int[] columns, Function<Object, Object>[] converters, String[] names, Class<?>[] types) {
        this.columns = columns;
        this.converters = converters;
        this.names = names;
        this.types = types;
    }

    /** The mapper of {@code type} for rows of {@code shape}. */
    public static <E> RecordMapper<E> of(Class<E> type, RowShape shape) {
        if (type.isRecord()) {
            return forRecord(type, shape);
        }
        MappingTargets.requireMappable(type);
        return forPojo(type, shape);
    }

    @SuppressWarnings("unchecked")
    private static <E> RecordMapper<E> forRecord(Class<E> type, RowShape shape) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> byName = MappingTargets.columns(shape);
        int n = components.length;
        int[] columns = new int[n];
        Function<Object, Object>[] converters = (Function<Object, Object>[]) new Function<?, ?>[n];
        String[] names = new String[n];
        Class<?>[] types = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            RecordComponent rc = components[i];
            Integer col = byName.get(Names.normalise(rc.getName()));
            if (col == null) {
                throw new MappingException("record " + type.getSimpleName() + " has component '" + rc.getName()
                        + "' but the query has no column of that name; its columns are "
                        + MappingTargets.labels(shape)
                        + " (alias an expression with as(\"" + rc.getName() + "\"))");
            }
            columns[i] = col;
            names[i] = rc.getName();
            types[i] = rc.getType();
            converters[i] = converter(shape.fields().get(col).type().javaType(), rc.getType(), type, rc.getName());
        }
        return new OfRecord<>(columns, converters, names, types, type);
    }

    @SuppressWarnings("unchecked")
    private static <E> RecordMapper<E> forPojo(Class<E> type, RowShape shape) {
        MethodHandle ctor = MappingTargets.noArgConstructor(type);
        Map<String, Method> setters = MappingTargets.setters(type);
        List<Integer> cols = new ArrayList<>();
        List<MethodHandle> handles = new ArrayList<>();
        List<Function<Object, Object>> convs = new ArrayList<>();
        List<String> nameList = new ArrayList<>();
        List<Class<?>> typeList = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            String label = shape.label(i);
            Method setter = label == null ? null : setters.remove(Names.normalise(label));
            if (setter == null) {
                continue;
            }
            handles.add(MappingTargets.setterHandle(setter));
            Class<?> pt = setter.getParameterTypes()[0];
            cols.add(i);
            nameList.add(setter.getName());
            typeList.add(pt);
            convs.add(converter(shape.fields().get(i).type().javaType(), pt, type, setter.getName()));
        }
        int[] columns = cols.stream().mapToInt(Integer::intValue).toArray();
        MethodHandle[] set = handles.toArray(MethodHandle[]::new);
        return new RecordMapper<>(columns, convs.toArray(Function[]::new), nameList.toArray(String[]::new),
                typeList.toArray(Class<?>[]::new)) {
            @Override
            E create(Object[] args) throws Throwable {
                Object target = ctor.invokeExact();
                for (int i = 0; i < set.length; i++) {
                    if (args[i] != null) {
                        set[i].invokeExact(target, args[i]);
                    }
                }
                return (E) target;
            }
        };
    }

    /** A conversion from values of {@code from} to {@code to}, or identity; null when none is possible. */
    static Function<Object, Object> converter(Class<?> from, Class<?> to, Class<?> owner, String name) {
        Class<?> target = box(to);
        if (target.isAssignableFrom(from) || from == Object.class) {
            return null;
        }
        if (Number.class.isAssignableFrom(from) && Number.class.isAssignableFrom(target)) {
            return v -> convertNumber((Number) v, target);
        }
        if (target == String.class) {
            return Object::toString;
        }
        throw new MappingException(owner.getSimpleName() + "." + name + " is " + to.getSimpleName()
                + " but its column holds " + from.getSimpleName());
    }

    private static Object convertNumber(Number n, Class<?> target) {
        if (target == Long.class) {
            return n.longValue();
        } else if (target == Integer.class) {
            return n.intValue();
        } else if (target == Short.class) {
            return n.shortValue();
        } else if (target == Byte.class) {
            return n.byteValue();
        } else if (target == Double.class) {
            return n.doubleValue();
        } else if (target == Float.class) {
            return n.floatValue();
        } else if (target == BigDecimal.class) {
            return n instanceof BigInteger b ? new BigDecimal(b) : new BigDecimal(n.toString());
        } else if (target == BigInteger.class) {
            return n instanceof BigDecimal d ? d.toBigInteger() : BigInteger.valueOf(n.longValue());
        }
        return n;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return MethodType.methodType(c).wrap().returnType();
    }

    abstract E create(Object[] args) throws Throwable;

    /**
     * This mapper reading its columns with {@code readers} (the plan's, one per column); called once, before the
     * mapper is shared.
     */
    RecordMapper<E> readingWith(ValueReader[] readers) {
        this.reader = new RowReader(readers, columns);
        return this;
    }

    /** Reads the current row of {@code rs} and builds an object. */
    E read(ResultSet rs) throws SQLException {
        return build(reader.read(rs));
    }

    /** Builds an object from a row's values, already read. */
    E fromValues(Object[] values) {
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = values[columns[i]];
        }
        return build(args);
    }

    private E build(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            args[i] = RowReader.adapt(converters[i], types[i], names[i], args[i]);
        }
        try {
            return create(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("constructing a row object failed: " + t, t);
        }
    }

    /**
     * A record: rows read straight into its canonical constructor (no array of values, primitive components
     * without a box); rows already read go through the constructor taking one array.
     */
    private static final class OfRecord<E> extends RecordMapper<E> {
        private final MethodHandle constructor;
        private final MethodHandle spread;
        /** Reads a row into a new record; set by {@link #readingWith} before publication. */
        private MethodHandle direct;

        OfRecord(int[] columns, Function<Object, Object>[] converters, String[] names, Class<?>[] types,
                Class<E> type) {
            super(columns, converters, names, types);
            this.constructor = MappingTargets.recordConstructor(type);
            this.spread = MappingTargets.spreading(constructor);
        }

        @Override
        RecordMapper<E> readingWith(ValueReader[] readers) {
            this.direct = RowReader.constructing(constructor, readers, columns, converters, names);
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        E read(ResultSet rs) throws SQLException {
            try {
                return (E) direct.invokeExact(rs);
            } catch (SQLException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new MappingException("constructing a row object failed: " + t, t);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        E create(Object[] args) throws Throwable {
            return (E) (Object) spread.invokeExact(args);
        }
    }
}
