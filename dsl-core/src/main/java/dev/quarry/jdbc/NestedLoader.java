package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.Database;
import dev.quarry.Param;
import dev.quarry.Relationship;
import dev.quarry.ToOne;
import dev.quarry.query.SelectModel;
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
            NestedMapper<?> child = slot.element();
            EagerLoader.ChildQuery q = new EagerLoader.ChildQuery(rel, slot.load());
            // many-to-many rows start with the association table's key; others hold the key among their columns
            int[] childKey = child.offset > 0 ? range(child.offset) : indexes(child, q.key);
            List<Object> keys = new ArrayList<>(byKey.keySet());
            int chunk = EagerLoader.chunkSize(db.dialect(), q.key.size(), q.filterBinds(db.dialect()));
            List<Object[]> children = null;
            for (int from = 0; from < keys.size(); from += chunk) {
                SelectModel m = q.select(keys.subList(from, Math.min(keys.size(), from + chunk))).model();
                Plan<Object[]> p = Plan.compile(db.dialect(), m, m.select(), (shape, values) -> values);
                List<Object[]> part = Executor.fetchArrays(db, p, Map.of(), child.relations.length);
                children = children == null ? part : concat(children, part);
            }
            List<?> built = build(db, children, child);
            for (int i = 0; i < built.size(); i++) {
                byKey.get(key(children.get(i), childKey)).put(built.get(i));
            }
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

    private static List<Object[]> concat(List<Object[]> a, List<Object[]> b) {
        a.addAll(b);
        return a;
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
