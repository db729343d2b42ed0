package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.Condition;
import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.ManyToMany;
import dev.quarry.Relationship;
import dev.quarry.Row;
import dev.quarry.Select;
import dev.quarry.Sql;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import dev.quarry.dialect.Dialect;
import dev.quarry.internal.AbstractRow;
import dev.quarry.internal.GenericRow;
import dev.quarry.query.Comparison;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.InList;
import dev.quarry.query.Junction;
import dev.quarry.query.SortField;
import dev.quarry.query.Val;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Loads the relationships of {@code select.with(..)} for rows already read: one child query per relationship
 * (more only when the parent keys exceed the dialect's bind limit), selecting the children of every parent
 * at once by key ({@code WHERE fk IN (?, ?, ...)}), grouping them in Java and attaching them to their
 * parents; then the same for the relationships below, on all the children at once. It never runs a query
 * per row.
 *
 * @since 0.1.0
 */
public final class EagerLoader {
    /** The most parents a {@code fetchStream} reads before it loads their children. */
    public static final int STREAM_CHUNK = 1_000;

    private EagerLoader() {
    }

    /**
     * The most parent keys one child query binds: the dialect's bind limit, less the binds of the
     * relationship's own filter, divided by the number of key columns.
     */
    public static int chunkSize(Dialect dialect, int keyColumns, int filterBinds) {
        return Math.max(1, (dialect.maxBindParameters() - filterBinds) / Math.max(1, keyColumns));
    }

    /**
     * The child query that loads {@code load} for parents of these keys (one value each, or a list per
     * composite key): what {@code with(..)} runs, for reading its SQL.
     *
     * <pre>{@code SELECT posts.id, posts.user_id, ... FROM posts WHERE posts.user_id IN (?, ?)}</pre>
     */
    public static Select<Row> childSelect(EagerLoad load, List<?> keys) {
        List<Object> normalised = new ArrayList<>(keys.size());
        for (Object k : keys) {
            normalised.add(k instanceof List<?> l ? l.stream().map(EagerLoader::normalise).toList() : normalise(k));
        }
        return new ChildQuery(load.relationship(), load).select(normalised);
    }

    /** Loads {@code loads} for {@code parents} (rows of a query run on {@code db}) and attaches them. */
    public static void load(Database db, List<?> parents, List<EagerLoad> loads) {
        if (parents.isEmpty() || loads.isEmpty()) {
            return;
        }
        List<AbstractRow> rows = new ArrayList<>(parents.size());
        for (Object p : parents) {
            rows.add((AbstractRow) p);
        }
        for (EagerLoad load : loads) {
            loadOne(db, rows, load);
        }
    }

    private static void loadOne(Database db, List<AbstractRow> parents, EagerLoad load) {
        Relationship<?> rel = load.relationship();
        List<Column<?>> sourceKey = rel.sourceKey();
        Map<Object, List<AbstractRow>> parentsByKey = new LinkedHashMap<>();
        List<AbstractRow> keyless = new ArrayList<>();
        for (AbstractRow p : parents) {
            Object key = key(p, sourceKey);
            if (key == null) {
                keyless.add(p);
            } else {
                parentsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
            }
        }
        ChildQuery q = new ChildQuery(rel, load);
        Map<Object, List<Row>> childrenByKey = new HashMap<>();
        List<AbstractRow> allChildren = new ArrayList<>();
        List<Object> keys = new ArrayList<>(parentsByKey.keySet());
        int chunk = chunkSize(db.dialect(), q.key.size(), q.filterBinds(db.dialect()));
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            for (Row row : q.select(part).fetch(db)) {
                AbstractRow child = q.child(row);
                Object key = key(row, q.key);
                childrenByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
                allChildren.add(child);
            }
        }
        if (!load.nested().isEmpty()) {
            load(db, allChildren, load.nested());
        }
        boolean toOne = rel instanceof ToOne<?>;
        for (Map.Entry<Object, List<AbstractRow>> e : parentsByKey.entrySet()) {
            List<Row> children = childrenByKey.get(e.getKey());
            Object value = toOne ? (children == null ? null : children.get(0))
                    : children == null ? List.of() : Collections.unmodifiableList(children);
            for (AbstractRow p : e.getValue()) {
                p.attach(rel, value);
            }
        }
        for (AbstractRow p : keyless) {
            p.attach(rel, toOne ? null : List.of());
        }
    }

    /**
     * A stream of {@code parents} that loads {@code loads} for every {@link #STREAM_CHUNK} parents before
     * passing them on; closing it closes {@code parents}.
     */
    public static <R> Stream<R> stream(Database db, Stream<R> parents, List<EagerLoad> loads) {
        Iterator<R> it = parents.iterator();
        Spliterator<R> chunks = new Spliterators.AbstractSpliterator<R>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private final List<R> buffer = new ArrayList<>();
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super R> action) {
                if (next == buffer.size()) {
                    buffer.clear();
                    next = 0;
                    while (buffer.size() < STREAM_CHUNK && it.hasNext()) {
                        buffer.add(it.next());
                    }
                    if (buffer.isEmpty()) {
                        return false;
                    }
                    load(db, buffer, loads);
                }
                action.accept(buffer.get(next++));
                return true;
            }
        };
        return StreamSupport.stream(chunks, false).onClose(parents::close);
    }

    /** A key value as compared in Java: integers as {@code Long}, so an INTEGER key finds its BIGINT reference. */
    static Object normalise(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() <= 0 && s.precision() - s.scale() < 19) {
                return s.longValueExact();
            }
            return s;
        }
        if (v instanceof byte[] b) {
            return new Bytes(b);
        }
        return v;
    }

    /** The key of {@code row} on {@code columns}: one value, a list for a composite key, null if any part is NULL. */
    private static Object key(Row row, List<Column<?>> columns) {
        if (columns.size() == 1) {
            return normalise(row.get(columns.get(0)));
        }
        Object[] parts = new Object[columns.size()];
        for (int i = 0; i < parts.length; i++) {
            Object v = normalise(row.get(columns.get(i)));
            if (v == null) {
                return null;
            }
            parts[i] = v;
        }
        return Arrays.asList(parts);
    }

    /** A byte array key compared by content. */
    private record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }

    /** The child query of one relationship, made for each chunk of parent keys. */
    static final class ChildQuery {
        final Relationship<?> rel;
        final EagerLoad load;
        final List<Column<?>> key;
        final Table<?> target;
        final Table<?> through;
        /** The key columns of the association table, selected before the target's columns (many-to-many). */
        final int extra;
        final RowShape childShape;

        ChildQuery(Relationship<?> rel, EagerLoad load) {
            this.rel = rel;
            this.load = load;
            this.key = rel.targetKey();
            this.target = rel.target();
            this.through = rel instanceof ManyToMany<?> m ? m.through() : null;
            this.extra = through == null ? 0 : key.size();
            this.childShape = through == null ? null : new RowShape(new ArrayList<>(target.columns()));
        }

        int filterBinds(Dialect dialect) {
            if (load.where() == null) {
                return 0;
            }
            // rendered over the child query's tables, so that the scope check sees the columns the filter names
            var probe = through == null ? Sql.selectOne().from(target) : Sql.selectOne().from(target, through);
            return probe.where(load.where()).toSql(dialect).binds().size();
        }

        Select<Row> select(List<Object> keys) {
            List<Field<?>> fields = new ArrayList<>(extra + target.columns().size());
            if (through != null) {
                fields.addAll(key);
            }
            fields.addAll(target.columns());
            Select<Row> q;
            if (through != null) {
                ManyToMany<?> m = (ManyToMany<?>) rel;
                Condition on = m.joins(dev.quarry.query.Join.Type.INNER).get(1).on();
                Select<Row> from = Sql.select(fields.toArray(Field<?>[]::new)).from(through);
                q = joined(from.join(target).on(on));
            } else {
                q = Sql.select(fields.toArray(Field<?>[]::new)).from(target);
            }
            q = q.where(keyCondition(keys));
            if (load.where() != null) {
                q = q.where(load.where());
            }
            if (!load.orderBy().isEmpty()) {
                q = q.orderBy(load.orderBy().toArray(SortField[]::new));
            }
            return q;
        }

        @SuppressWarnings("unchecked")
        private static Select<Row> joined(Object select) {
            return (Select<Row>) select;
        }

        private Condition keyCondition(List<Object> keys) {
            if (key.size() == 1) {
                Column<?> c = key.get(0);
                List<Field<?>> values = new ArrayList<>(keys.size());
                for (Object k : keys) {
                    values.add(value(c, k));
                }
                return new InList(c, values, false);
            }
            List<Condition> any = new ArrayList<>(keys.size());
            for (Object k : keys) {
                List<?> parts = (List<?>) k;
                List<Condition> all = new ArrayList<>(key.size());
                for (int i = 0; i < key.size(); i++) {
                    all.add(new Comparison(Comparison.Operator.EQ, key.get(i), value(key.get(i), parts.get(i))));
                }
                any.add(new Junction(true, all));
            }
            return new Junction(false, any);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Field<?> value(Column<?> column, Object key) {
            return new Val(bindValue(column, key), (SqlType) column.type());
        }

        /** The value bound for one key column: what {@link #select} renders into the key condition. */
        private static Object bindValue(Column<?> column, Object k) {
            return k instanceof Bytes b ? b.value : coerce(k, column.type().javaType());
        }

        /**
         * Puts the values {@link #select} binds for the key {@code k} (one per key column) into {@code into} from
         * {@code at}; returns the index after them.
         */
        int bindValues(Object[] into, int at, Object k) {
            if (key.size() == 1) {
                into[at] = bindValue(key.get(0), k);
                return at + 1;
            }
            List<?> parts = (List<?>) k;
            for (int i = 0; i < key.size(); i++) {
                into[at++] = bindValue(key.get(i), parts.get(i));
            }
            return at;
        }

        AbstractRow child(Row row) {
            if (through == null) {
                return (AbstractRow) row;
            }
            List<Object> values = row.values();
            return new GenericRow(childShape, values.subList(extra, values.size()).toArray());
        }
    }

    /** {@code v} as a value of {@code type} where it is another kind of number (keys read as Long bind as Integer). */
    private static Object coerce(Object v, Class<?> type) {
        if (type.isInstance(v) || !(v instanceof Number n)) {
            return v;
        }
        if (type == Long.class) {
            return n.longValue();
        } else if (type == Integer.class) {
            return n.intValue();
        } else if (type == Short.class) {
            return n.shortValue();
        } else if (type == BigDecimal.class) {
            return new BigDecimal(n.toString());
        } else if (type == BigInteger.class) {
            return BigInteger.valueOf(n.longValue());
        } else if (type == Double.class) {
            return n.doubleValue();
        }
        return v;
    }
}
