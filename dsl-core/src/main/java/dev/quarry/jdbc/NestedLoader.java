package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.MappingException;
import dev.quarry.Param;
import dev.quarry.Relationship;
import dev.quarry.ToOne;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.ValueReader;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.SelectModel;
import dev.quarry.render.Bind;
import java.lang.invoke.MethodHandle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * {@code fetchInto} with loaded relationships, straight into nested records or POJOs: every query's rows are
 * read into plain arrays (their columns, then one element per relationship loaded below them), the children
 * of each level are loaded and built first, grouped by key and put into their parents' arrays, and each
 * object is built once from its array. Unlike {@link EagerLoader} followed by {@link NestedMapper#map}, no
 * {@code Row} and no intermediate list is made per row. Runs the same queries as {@link EagerLoader}.
 *
 * @since 0.1.0
 */
public final class NestedLoader {
    private NestedLoader() {
    }

    /** Distinct {@code with(..)} and target types kept per plan; beyond it the kept mappers are dropped. */
    private static final int KEPT_MAPPERS = 32;

    /**
     * The mapper of {@code type} for the rows of {@code plan} with {@code loads} loaded, made once per plan
     * (the query value's) and kept with it, with the child plans it keeps between runs.
     */
    @SuppressWarnings("unchecked")
    public static <E> NestedMapper<E> mapper(Plan<?> plan, Class<E> type, List<Field<?>> fields,
            List<EagerLoad> loads) {
        Map<List<Object>, NestedMapper<?>> kept = plan.execution().nested;
        List<Object> key = List.of(type, loads);
        NestedMapper<?> m = kept.get(key);
        if (m == null) {
            m = NestedMapper.of(type, fields, loads);
            if (kept.size() >= KEPT_MAPPERS) {
                kept.clear();
            }
            kept.put(key, m);
        }
        return (NestedMapper<E>) m;
    }

    /** Whether {@link #fetchInto} can fill {@code mapper}'s type: every loaded relationship maps to a class. */
    public static boolean supports(NestedMapper<?> mapper) {
        return mapper.direct();
    }

    /** Runs {@code plan} and loads the relationships of {@code mapper} into objects of its type. */
    public static <E> List<E> fetchInto(Database db, Plan<?> plan, Map<Param<?>, Object> bindings,
            NestedMapper<E> mapper) {
        List<Object[]> rows = Executor.fetchArrays(db, plan, bindings, mapper.relations.length);
        return build(db, rows, mapper);
    }

    /** Loads the relationships of {@code rows} (arrays laid out for {@code mapper}) and builds their objects. */
    private static <E> List<E> build(Database db, List<Object[]> rows, NestedMapper<E> mapper) {
        if (!rows.isEmpty()) {
            int at = mapper.offset + mapper.shape.size();
            for (NestedMapper.RelationSlot slot : mapper.relations) {
                load(db, rows, mapper, slot, at++);
            }
        }
        List<E> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(mapper.build(row));
        }
        return out;
    }

    /** Loads {@code slot} for the parent {@code rows} and puts each parent's value at index {@code at}. */
    private static void load(Database db, List<Object[]> rows, NestedMapper<?> parent, NestedMapper.RelationSlot slot,
            int at) {
        Relationship<?> rel = slot.relationship();
        int[] parentKey = indexes(parent, rel.sourceKey());
        Map<Object, Bucket> byKey = new HashMap<>(Math.max(16, (int) (rows.size() / 0.75f) + 1));
        for (Object[] row : rows) {
            Object key = key(row, parentKey);
            if (key != null && !byKey.containsKey(key)) {
                byKey.put(key, new Bucket());
            }
        }
        if (!byKey.isEmpty()) {
            loadChildren(db, slot, byKey);
        }
        boolean toOne = rel instanceof ToOne<?>;
        for (Object[] row : rows) {
            Object key = key(row, parentKey);
            Bucket b = key == null ? null : byKey.get(key);
            if (toOne) {
                row[at] = b == null || b.size == 0 ? null : b.items[0];
            } else {
                row[at] = b == null || b.size == 0 ? List.of() : b;
            }
        }
    }

    /** Selects the children of the keys of {@code byKey}, builds them and puts each into its key's bucket. */
    private static void loadChildren(Database db, NestedMapper.RelationSlot slot, Map<Object, Bucket> byKey) {
        NestedMapper<?> child = slot.element();
        EagerLoader.ChildQuery q = new EagerLoader.ChildQuery(slot.relationship(), slot.load());
        // many-to-many rows start with the association table's key; others hold the key among their columns
        int[] childKey = child.offset > 0 ? range(child.offset) : indexes(child, q.key);
        Object[] keys = byKey.keySet().toArray();
        int chunk = EagerLoader.chunkSize(db.dialect(), q.key.size(), q.filterBinds(db.dialect()));
        boolean leaf = child.leaf();
        List<Object[]> children = leaf ? null : new ArrayList<>();
        for (int from = 0; from < keys.length; from += chunk) {
            ChildPlans.Prepared p = child.childPlans.prepare(db.dialect(), q, child, keys, from,
                    Math.min(keys.length, from + chunk) - from);
            if (leaf) {
                ValueReader[] readers = p.plan().execution().readers;
                MethodHandle read = p.leaf();
                Executor.each(db, p.plan(), p.values(), rs -> byKey.get(key(rs, readers, childKey)).put(read(read, rs)));
            } else {
                RowReader reader = p.plan().execution().widened(child.relations.length);
                Executor.each(db, p.plan(), p.values(), rs -> children.add(reader.read(rs)));
            }
        }
        if (!leaf) {
            List<?> built = build(db, children, child);
            for (int i = 0; i < built.size(); i++) {
                byKey.get(key(children.get(i), childKey)).put(built.get(i));
            }
        }
    }

    private static Object read(MethodHandle read, ResultSet rs) throws SQLException {
        try {
            return (Object) read.invokeExact(rs);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("reading a row failed: " + t, t);
        }
    }

    /** The key of the current row of {@code rs}, read at {@code indexes} (0-based), as {@link #key(Object[], int[])}. */
    private static Object key(ResultSet rs, ValueReader[] readers, int[] indexes) throws SQLException {
        if (indexes.length == 1) {
            return EagerLoader.normalise(readers[indexes[0]].read(rs, indexes[0] + 1));
        }
        Object[] parts = new Object[indexes.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = EagerLoader.normalise(readers[indexes[i]].read(rs, indexes[i] + 1));
        }
        return Arrays.asList(parts);
    }

    /**
     * The child query of one relationship, kept between loads: its SQL depends only on the number of keys, so
     * the plan of the last load is run again, bound with the new keys, when the number of keys is the same.
     * Thread-safe: the kept plan is immutable and replaced as a whole.
     */
    static final class ChildPlans {
        private volatile Kept kept;

        /** A plan kept with its values (the keys' left null) and, for a leaf, its row reader. */
        private record Kept(Dialect dialect, int keys, Plan<Object[]> plan, Object[] values, MethodHandle leaf) {
        }

        /** A plan to run and the values to bind it with. */
        record Prepared(Plan<Object[]> plan, Object[] values, MethodHandle leaf) {
        }

        Prepared prepare(Dialect dialect, EagerLoader.ChildQuery q, NestedMapper<?> child, Object[] keys, int from,
                int n) {
            Kept k = kept;
            if (k != null && k.dialect == dialect && k.keys == n) {
                Object[] values = k.values.clone();
                int at = 0;
                for (int i = from; i < from + n; i++) {
                    at = q.bindValues(values, at, keys[i]);
                }
                return new Prepared(k.plan, values, k.leaf);
            }
            SelectModel m = q.select(Arrays.asList(keys).subList(from, from + n)).model();
            Plan<Object[]> plan = Plan.compile(dialect, m, m.select(), (shape, values) -> values);
            List<Bind> binds = plan.rendered().binds();
            Object[] values = new Object[binds.size()];
            boolean keep = true;
            for (int i = 0; i < values.length; i++) {
                values[i] = binds.get(i).value();
                keep &= binds.get(i).param() == null;
            }
            MethodHandle leaf = child.leaf() ? child.leafReader(plan.execution().readers) : null;
            // keep the plan only when the keys are its first binds, as the SQL of the key condition puts them
            Object[] expected = new Object[n * q.key.size()];
            int at = 0;
            for (int i = from; i < from + n; i++) {
                at = q.bindValues(expected, at, keys[i]);
            }
            keep &= expected.length <= values.length
                    && Arrays.deepEquals(expected, Arrays.copyOf(values, expected.length));
            if (keep) {
                Object[] template = values.clone();
                Arrays.fill(template, 0, expected.length, null);
                kept = new Kept(dialect, n, plan, template, leaf);
            }
            return new Prepared(plan, values, leaf);
        }
    }

    private static int[] indexes(NestedMapper<?> mapper, List<Column<?>> columns) {
        int[] out = new int[columns.size()];
        for (int i = 0; i < out.length; i++) {
            int index = mapper.shape.indexOf(columns.get(i));
            if (index < 0) {
                throw new IllegalStateException(columns.get(i) + " is not read by the query that loads it");
            }
            out[i] = mapper.offset + index;
        }
        return out;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The key of {@code row} at {@code indexes}: one value, a list for a composite key, null if any part is NULL. */
    private static Object key(Object[] row, int[] indexes) {
        if (indexes.length == 1) {
            return EagerLoader.normalise(row[indexes[0]]);
        }
        Object[] parts = new Object[indexes.length];
        for (int i = 0; i < parts.length; i++) {
            Object v = EagerLoader.normalise(row[indexes[i]]);
            if (v == null) {
                return null;
            }
            parts[i] = v;
        }
        return Arrays.asList(parts);
    }

    /** The children of one key, in the order read: an unmodifiable list once handed to the parent. */
    private static final class Bucket extends AbstractList<Object> implements RandomAccess {
        private static final Object[] NONE = {};
        private Object[] items = NONE;
        private int size;

        @Override
        public boolean add(Object o) {
            throw new UnsupportedOperationException("the loaded rows of a relationship cannot be changed");
        }

        void put(Object o) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size == 0 ? 10 : size + (size >> 1));
            }
            items[size++] = o;
        }

        @Override
        public Object get(int index) {
            if (index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " in a list of " + size);
            }
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
