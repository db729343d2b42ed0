package dev.quarry.jdbc;

import dev.quarry.Field;
import dev.quarry.ManyToMany;
import dev.quarry.MappingException;
import dev.quarry.Relationship;
import dev.quarry.Row;
import dev.quarry.ToMany;
import dev.quarry.ToOne;
import dev.quarry.internal.Names;
import dev.quarry.query.EagerLoad;
import java.lang.invoke.MethodHandle;
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

    private NestedMapper(Class<E> type, Slot[] slots, MethodHandle create, MethodHandle[] setters) {
        this.type = type;
        this.slots = slots;
        this.create = create;
        this.setters = setters;
    }

    /** One value of the target object: a column of the row, or a loaded relationship. */
    private interface Slot {
        Object value(Row row);
    }

    private record ColumnSlot(int index, Function<Object, Object> converter, Class<?> type, String name)
            implements Slot {
        @Override
        public Object value(Row row) {
            Object v = row.get(index);
            if (v == null) {
                if (type.isPrimitive()) {
                    throw new MappingException("column for " + name + " is NULL but " + name + " is a " + type
                            + ": use its wrapper type");
                }
                return null;
            }
            return converter == null ? v : converter.apply(v);
        }
    }

    private record RelationSlot(Relationship<?> relationship, boolean many, NestedMapper<?> element)
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
        RowShape shape = new RowShape(fields);
        Map<String, Integer> columns = MappingTargets.columns(shape);
        Map<String, EagerLoad> relations = new HashMap<>();
        for (EagerLoad l : loads) {
            if (l.relationship().name() != null) {
                relations.putIfAbsent(Names.normalise(l.relationship().name()), l);
            }
        }
        if (type.isRecord()) {
            return forRecord(type, shape, columns, relations);
        }
        MappingTargets.requireMappable(type);
        return forPojo(type, shape, columns, relations);
    }

    private static <E> NestedMapper<E> forRecord(Class<E> type, RowShape shape, Map<String, Integer> columns,
            Map<String, EagerLoad> relations) {
        RecordComponent[] components = type.getRecordComponents();
        Slot[] slots = new Slot[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            slots[i] = slot(type, rc.getName(), rc.getType(), rc.getGenericType(), shape, columns, relations, true);
        }
        return new NestedMapper<>(type, slots, MappingTargets.canonicalConstructor(type), null);
    }

    private static <E> NestedMapper<E> forPojo(Class<E> type, RowShape shape, Map<String, Integer> columns,
            Map<String, EagerLoad> relations) {
        MethodHandle ctor = MappingTargets.noArgConstructor(type);
        List<Slot> slots = new ArrayList<>();
        List<MethodHandle> setters = new ArrayList<>();
        for (Map.Entry<String, Method> e : MappingTargets.setters(type).entrySet()) {
            if (!relations.containsKey(e.getKey()) && !columns.containsKey(e.getKey())) {
                continue;
            }
            Method m = e.getValue();
            slots.add(slot(type, m.getName(), m.getParameterTypes()[0], m.getGenericParameterTypes()[0], shape,
                    columns, relations, false));
            setters.add(MappingTargets.setterHandle(m));
        }
        return new NestedMapper<>(type, slots.toArray(Slot[]::new), ctor, setters.toArray(MethodHandle[]::new));
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
            throw new MappingException(owner.getSimpleName() + " has component '" + name + "' but the query has no "
                    + "column and loads no relationship of that name; its columns are " + MappingTargets.labels(shape)
                    + ", its relationships " + relations.values().stream().map(l -> l.relationship().name()).toList());
        }
        return new ColumnSlot(col, RecordMapper.converter(shape.fields().get(col).type().javaType(), type, owner, name),
                type, name);
    }

    private static Slot relationSlot(Class<?> owner, String name, Class<?> type, Type generic, EagerLoad load) {
        Relationship<?> rel = load.relationship();
        List<Field<?>> childFields = new ArrayList<>(rel.target().columns());
        if (rel instanceof ToOne<?>) {
            if (type == Row.class) {
                return new RelationSlot(rel, false, null);
            }
            return new RelationSlot(rel, false, of(type, childFields, load.nested()));
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
            return new RelationSlot(rel, true, null);
        }
        return new RelationSlot(rel, true, of(element, childFields, load.nested()));
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
}
