package dev.quarry.jdbc;

import dev.quarry.Field;
import dev.quarry.ManyToMany;
import dev.quarry.MappingException;
import dev.quarry.Relationship;
import dev.quarry.Row;
import dev.quarry.ToMany;
import dev.quarry.ToOne;
import dev.quarry.dialect.ValueReader;
import dev.quarry.internal.Names;
import dev.quarry.query.EagerLoad;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps rows with loaded relationships to nested Java records or POJOs: a component (or setter) named after a
 * loaded relationship ({@code posts} for {@code USERS.POSTS}) takes its rows, mapped to the element type of a
 * {@code List<Post>} (or to the type of a to-one component), the same way below; every other component takes
 * the column of its name, as {@code fetchInto} does. Resolved once per query and class.
 *
 * @param <E> the target type
 * @since 0.1.0
 */
public final class NestedMapper<E> {
    private final Class<E> type;
    private final Slot[] slots;
    private final MethodHandle create;
    /** For POJOs, the setter of each slot; null for records. */
    private final MethodHandle[] setters;
    /** The columns of the rows this mapper reads. */
    final RowShape shape;
    /**
     * Where this mapper's columns start in a row array of {@link NestedLoader}: after the association table's
     * key columns for a many-to-many, else 0. The loaded relationships follow the columns, one element each.
     */
    final int offset;
    /** The relationship slots, in the order their values follow the columns in a row array. */
    final RelationSlot[] relations;
    /** For records read from row arrays: the canonical constructor taking its arguments from one array. */
    private MethodHandle fromArray;
    /** For records: the canonical constructor as it is. */
    private MethodHandle constructor;
    /** A relationship's child plan kept between loads; see {@link NestedLoader}. */
    final NestedLoader.ChildPlans childPlans = new NestedLoader.ChildPlans();

    private NestedMapper(Class<E> type, Slot[] slots, MethodHandle create, MethodHandle[] setters, RowShape shape,
            int offset) {
        this.type = type;
        this.slots = slots;
        this.create = create;
        this.setters = setters;
        this.shape = shape;
        this.offset = offset;
        List<RelationSlot> rel = new ArrayList<>();
        for (Slot s : slots) {
            if (s instanceof RelationSlot r) {
                rel.add(r);
            }
        }
        this.relations = rel.toArray(RelationSlot[]::new);
    }

    /** One value of the target object: a column of the row, or a loaded relationship. */
    private interface Slot {
        Object value(Row row);
    }

    private record ColumnSlot(int index, Function<Object, Object> converter, Class<?> type, String name)
            implements Slot {
        @Override
        public Object value(Row row) {
            return adapt(row.get(index));
        }

        Object adapt(Object v) {
            return RowReader.adapt(converter, type, name, v);
        }
    }

    /** A loaded relationship's value: its rows mapped by {@code element} (null: the rows as they are). */
    record RelationSlot(Relationship<?> relationship, EagerLoad load, boolean many, NestedMapper<?> element)
            implements Slot {
        @Override
        public Object value(Row row) {
            if (relationship instanceof ToOne<?> one) {
                Row r = row.get(one);
                return r == null || element == null ? r : element.map(r);
            }
            List<Row> rows = relationship instanceof ToMany<?> m ? row.get(m) : row.get((ManyToMany<?>) relationship);
            if (element == null) {
                return rows;
            }
            List<Object> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(element.map(r));
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** The mapper of {@code type} for rows of {@code fields} with {@code loads} loaded. */
    public static <E> NestedMapper<E> of(Class<E> type, List<Field<?>> fields, List<EagerLoad> loads) {
        return of(type, fields, loads, 0);
    }

    private static <E> NestedMapper<E> of(Class<E> type, List<Field<?>> fields, List<EagerLoad> loads, int offset) {
        RowShape shape = new RowShape(fields);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < shape.size(); i++) {
            if (shape.label(i) != null) {
                columns.putIfAbsent(Names.normalise(shape.label(i)), i);
            }
        }
        Map<String, EagerLoad> relations = new HashMap<>();
        for (EagerLoad l : loads) {
            if (l.relationship().name() != null) {
                relations.putIfAbsent(Names.normalise(l.relationship().name()), l);
            }
        }
        if (type.isRecord()) {
            return forRecord(type, shape, columns, relations, offset);
        }
        MappingTargets.requireMappable(type);
        return forPojo(type, shape, columns, relations, offset);
    }

    private static <E> NestedMapper<E> forRecord(Class<E> type, RowShape shape, Map<String, Integer> columns,
            Map<String, EagerLoad> relations, int offset) {
        RecordComponent[] components = type.getRecordComponents();
        Slot[] slots = new Slot[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            slots[i] = slot(type, rc.getName(), rc.getType(), rc.getGenericType(), shape, columns, relations, true);
        }
        MethodHandle raw = MappingTargets.recordConstructor(type);
        MethodHandle ctor = raw.asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        NestedMapper<E> mapper = new NestedMapper<>(type, slots, ctor, null, shape, offset);
        try {
            mapper.fromArray = fromArray(raw, slots, raw.type().parameterArray(), offset + shape.size(), offset);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("cannot call the canonical constructor of record " + type.getName()
                    + " (is it accessible?): " + e, e);
        }
        mapper.constructor = raw;
        return mapper;
    }

    /**
     * The constructor {@code raw} taking each argument straight from one row array (a column at
     * {@code offset + index}, the i-th relationship at {@code width + i}), so that building a record allocates
     * no argument array.
     */
    private static MethodHandle fromArray(MethodHandle raw, Slot[] slots, Class<?>[] params, int width, int offset)
            throws ReflectiveOperationException {
        MethodHandle element = MethodHandles.arrayElementGetter(Object[].class);
        MethodHandle adapt = MethodHandles.lookup().findVirtual(ColumnSlot.class, "adapt",
                MethodType.methodType(Object.class, Object.class));
        MethodHandle[] getters = new MethodHandle[slots.length];
        int rel = 0;
        for (int i = 0; i < slots.length; i++) {
            MethodHandle g;
            if (slots[i] instanceof ColumnSlot cs) {
                g = MethodHandles.insertArguments(element, 1, offset + cs.index());
                if (cs.converter() != null || cs.type().isPrimitive()) {
                    g = MethodHandles.filterReturnValue(g, adapt.bindTo(cs));
                }
            } else {
                g = MethodHandles.insertArguments(element, 1, width + rel++);
            }
            getters[i] = g.asType(MethodType.methodType(params[i], Object[].class));
        }
        MethodHandle all = MethodHandles.filterArguments(raw, 0, getters);
        return MethodHandles.permuteArguments(all, MethodType.methodType(raw.type().returnType(), Object[].class),
                new int[slots.length]).asType(MethodType.methodType(Object.class, Object[].class));
    }

    private static <E> NestedMapper<E> forPojo(Class<E> type, RowShape shape, Map<String, Integer> columns,
            Map<String, EagerLoad> relations, int offset) {
        MethodHandle ctor = MappingTargets.noArgConstructor(type);
        List<Slot> slots = new ArrayList<>();
        List<MethodHandle> setters = new ArrayList<>();
        for (Map.Entry<String, Method> e : MappingTargets.setters(type).entrySet()) {
            String name = e.getKey();
            Method m = e.getValue();
            if (!relations.containsKey(name) && !columns.containsKey(name)) {
                continue;
            }
            slots.add(slot(type, m.getName(), m.getParameterTypes()[0], m.getGenericParameterTypes()[0], shape,
                    columns, relations, false));
            setters.add(MappingTargets.setterHandle(m));
        }
        return new NestedMapper<>(type, slots.toArray(Slot[]::new), ctor, setters.toArray(MethodHandle[]::new), shape,
                offset);
    }

    private static Slot slot(Class<?> owner, String name, Class<?> type, Type generic, RowShape shape,
            Map<String, Integer> columns, Map<String, EagerLoad> relations, boolean required) {
        String key = Names.normalise(name.startsWith("set") && !required ? name.substring(3) : name);
        EagerLoad load = relations.get(key);
        if (load != null) {
            return relationSlot(owner, name, type, generic, load);
        }
        Integer col = columns.get(key);
        if (col == null) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < shape.size(); i++) {
                labels.add(shape.label(i));
            }
            throw new MappingException(owner.getSimpleName() + " has component '" + name + "' but the query has no "
                    + "column and loads no relationship of that name; its columns are " + labels
                    + ", its relationships " + relations.values().stream().map(l -> l.relationship().name()).toList());
        }
        return new ColumnSlot(col, RecordMapper.converter(shape.fields().get(col).type().javaType(), type, owner, name),
                type, name);
    }

    private static Slot relationSlot(Class<?> owner, String name, Class<?> type, Type generic, EagerLoad load) {
        Relationship<?> rel = load.relationship();
        List<Field<?>> childFields = new ArrayList<>(rel.target().columns());
        // a many-to-many child row starts with the association table's key columns
        int childOffset = rel instanceof ManyToMany<?> ? rel.targetKey().size() : 0;
        if (rel instanceof ToOne<?>) {
            if (type == Row.class) {
                return new RelationSlot(rel, load, false, null);
            }
            return new RelationSlot(rel, load, false, of(type, childFields, load.nested(), childOffset));
        }
        if (!Collection.class.isAssignableFrom(type) || !type.isAssignableFrom(List.class)) {
            throw new MappingException(owner.getSimpleName() + "." + name + " receives the rows of " + rel
                    + ": declare it as a List<..> of a record or POJO, or List<Row>");
        }
        Class<?> element = elementType(generic);
        if (element == null) {
            throw new MappingException(owner.getSimpleName() + "." + name + " receives the rows of " + rel
                    + ": give the list an element type, as in List<Post>");
        }
        if (element == Row.class || element == Object.class) {
            return new RelationSlot(rel, load, true, null);
        }
        return new RelationSlot(rel, load, true, of(element, childFields, load.nested(), childOffset));
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof WildcardType w && w.getUpperBounds().length == 1) {
                arg = w.getUpperBounds()[0];
            }
            if (arg instanceof Class<?> c) {
                return c;
            }
            if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        return null;
    }

    /** The object for {@code row} and its loaded relationships. */
    @SuppressWarnings("unchecked")
    public E map(Row row) {
        Object[] args = new Object[slots.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = slots[i].value(row);
        }
        try {
            if (setters == null) {
                return (E) (Object) create.invokeExact(args);
            }
            Object target = (Object) create.invokeExact();
            for (int i = 0; i < setters.length; i++) {
                if (args[i] != null) {
                    setters[i].invokeExact(target, args[i]);
                }
            }
            return (E) target;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("constructing " + type.getName() + " failed: " + t, t);
        }
    }

    /**
     * Whether every loaded relationship this mapper fills maps to a record or POJO, to any depth, so that
     * {@link NestedLoader} can build the objects from row arrays without making {@link Row}s.
     */
    boolean direct() {
        for (RelationSlot r : relations) {
            if (r.element() == null || !r.element().direct()) {
                return false;
            }
        }
        return true;
    }

    /** Where the row arrays this mapper reads end: its columns, then one element per relationship. */
    int width() {
        return offset + shape.size() + relations.length;
    }

    /**
     * The object for one row array of {@link NestedLoader}: the columns from {@link #offset}, then the values of
     * the relationships, already mapped.
     */
    @SuppressWarnings("unchecked")
    E build(Object[] row) {
        try {
            if (setters == null) {
                return (E) (Object) fromArray.invokeExact(row);
            }
            Object target = (Object) create.invokeExact();
            int rel = offset + shape.size();
            for (int i = 0; i < slots.length; i++) {
                Object v = slots[i] instanceof ColumnSlot c ? c.adapt(row[offset + c.index()]) : row[rel++];
                if (v != null) {
                    setters[i].invokeExact(target, v);
                }
            }
            return (E) target;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("constructing " + type.getName() + " failed: " + t, t);
        }
    }

    /** Whether objects of this mapper can be read straight from a result set: a record filling no relationship. */
    boolean leaf() {
        return relations.length == 0 && setters == null;
    }

    /**
     * For a {@link #leaf()} mapper, the handle that reads the current row of a result set into a new record,
     * each component with its column's reader of {@code readers}: no array per row.
     */
    @SuppressWarnings("unchecked")
    MethodHandle leafReader(ValueReader[] readers) {
        int[] columns = new int[slots.length];
        Function<Object, Object>[] converters = (Function<Object, Object>[]) new Function<?, ?>[slots.length];
        String[] names = new String[slots.length];
        for (int i = 0; i < slots.length; i++) {
            ColumnSlot cs = (ColumnSlot) slots[i];
            columns[i] = offset + cs.index();
            converters[i] = cs.converter();
            names[i] = cs.name();
        }
        return RowReader.constructing(constructor, readers, columns, converters, names);
    }
}
