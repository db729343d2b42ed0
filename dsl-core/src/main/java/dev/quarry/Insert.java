package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.internal.Names;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.Assignment;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Node;
import dev.quarry.query.OnConflict;
import dev.quarry.query.Val;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An INSERT of one row built with {@code set(column, value)}, optionally an upsert:
 *
 * <pre>{@code
 * USERS.insert().set(USERS.NAME, "John").set(USERS.EMAIL, "j@x.io").returning(USERS.ID).fetchOne(db);
 * INSERT INTO users (name, email) VALUES (?, ?) RETURNING users.id
 * }</pre>
 *
 * <p>With no {@code set(..)} every column takes its default: {@code INSERT INTO users DEFAULT VALUES}.
 * <b>Dialects:</b> MySQL, which has no {@code DEFAULT VALUES}, writes {@code INSERT INTO users () VALUES ()}.
 *
 * @param <T> the table class
 * @since 0.1.0
 */
public final class Insert<T extends Table<T>> extends DmlStep {
    private final T table;
    private final List<Column<?>> columns;
    private final List<Field<?>> values;
    private final OnConflict onConflict;

    private Insert(T table, List<Column<?>> columns, List<Field<?>> values, OnConflict onConflict) {
        super(new PlanCache<>(), Map.of());
        this.table = table;
        this.columns = columns;
        this.values = values;
        this.onConflict = onConflict;
    }

    static <T extends Table<T>> Insert<T> into(T table) {
        return new Insert<>(table, List.of(), List.of(), null);
    }

    static void requireColumnOf(Table<?> table, Field<?> field) {
        Checks.notNull(field, "column");
        if (!(field instanceof Column<?> c) || !c.table().registered().equals(table.registered())) {
            throw new IllegalArgumentException(field + " is not a column of table " + table.name());
        }
    }

    static void checkNull(Column<?> c, Object value) {
        if (value == null && !c.nullable() && !c.isAutoIncrement()) {
            throw new IllegalArgumentException("column " + c + " is NOT NULL: it cannot be set to null");
        }
    }

    /** {@code SET column = value} for this row; null binds SQL NULL. */
    public <V> Insert<T> set(Field<V> column, V value) {
        requireColumnOf(table, column);
        Column<V> c = (Column<V>) column;
        checkNull(c, value);
        return put(c, new Val<>(value, c.type()));
    }

    /** {@code SET column = expression}. */
    public <V> Insert<T> set(Field<V> column, Field<? extends V> value) {
        requireColumnOf(table, column);
        Checks.notNull(value, "value");
        return put((Column<?>) column, value);
    }

    private Insert<T> put(Column<?> column, Field<?> value) {
        List<Column<?>> cols = new ArrayList<>(columns);
        List<Field<?>> vals = new ArrayList<>(values);
        int i = cols.indexOf(column);
        if (i >= 0) {
            vals.set(i, value);
        } else {
            cols.add(column);
            vals.add(value);
        }
        return new Insert<>(table, List.copyOf(cols), List.copyOf(vals), onConflict);
    }

    /**
     * {@code ON CONFLICT (columns)}: complete it with {@code doUpdate().set(..)} or {@code doNothing()}.
     * <b>Dialects:</b> MySQL's {@code ON DUPLICATE KEY UPDATE} ignores the conflict target.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without {@code UPSERT}
     */
    public OnConflictStep<T> onConflict(Column<?>... target) {
        Checks.notNull(target, "target");
        for (Column<?> c : target) {
            requireColumnOf(table, c);
        }
        return new OnConflictStep<>(this, List.of(target));
    }

    /**
     * {@code ON CONFLICT DO NOTHING}. <b>Dialects:</b> MySQL writes a no-op update of the first key column,
     * {@code ON DUPLICATE KEY UPDATE id = id}.
     *
     * @throws UnsupportedFeatureException when run or rendered on a dialect without {@code UPSERT}
     */
    public Insert<T> onConflictDoNothing() {
        return withConflict(new OnConflict(List.of(), true, List.of()));
    }

    Insert<T> withConflict(OnConflict c) {
        return new Insert<>(table, columns, values, c);
    }

    T table() {
        return table;
    }

    @Override
    Node node() {
        return new InsertModel(table, columns, columns.isEmpty() ? List.of() : List.of(values), null, List.of(),
                onConflict);
    }

    @Override
    Node withReturning(List<Field<?>> fields) {
        return new InsertModel(table, columns, columns.isEmpty() ? List.of() : List.of(values), null, fields,
                onConflict);
    }

    @Override
    public int execute(Database db) {
        Checks.notNull(db, "db");
        return Executor.execute(db, plan(db.dialect()), bindings);
    }

    /** The step after {@code onConflict(..)}. */
    public static final class OnConflictStep<T extends Table<T>> {
        private final Insert<T> insert;
        private final List<Column<?>> target;

        OnConflictStep(Insert<T> insert, List<Column<?>> target) {
            this.insert = insert;
            this.target = target;
        }

        /** {@code DO UPDATE SET ...}: add assignments with {@code set(..)}. */
        public Upsert<T> doUpdate() {
            return new Upsert<>(insert, target, List.of());
        }

        /** {@code DO NOTHING}. */
        public Insert<T> doNothing() {
            return insert.withConflict(new OnConflict(target, true, List.of()));
        }
    }

    /** An upsert's {@code DO UPDATE SET} clause; it runs like the insert it belongs to. */
    public static final class Upsert<T extends Table<T>> extends DmlStep {
        private final Insert<T> insert;
        private final List<Column<?>> target;
        private final List<Assignment> updates;

        private final Condition where;

        Upsert(Insert<T> insert, List<Column<?>> target, List<Assignment> updates) {
            this(insert, target, updates, null);
        }

        private Upsert(Insert<T> insert, List<Column<?>> target, List<Assignment> updates, Condition where) {
            super(new PlanCache<>(), Map.of());
            this.insert = insert;
            this.target = target;
            this.updates = updates;
            this.where = where;
        }

        /**
         * Updates the existing row only where {@code condition} holds, else leaves it as it is:
         * {@code ON CONFLICT (k) DO UPDATE SET .. WHERE condition}. The condition may read the existing row
         * ({@code USERS.AGE}) and the proposed one ({@code excluded(USERS.AGE)}); called again, the conditions
         * are joined with AND.
         *
         * <p><b>Dialects:</b> MySQL/MariaDB have no WHERE here: each assignment becomes
         * {@code col = CASE WHEN condition THEN value ELSE col END}. MySQL assigns from left to right, so a
         * condition that reads a column set by an earlier assignment would see the new value: that is refused
         * (reading the column of the last assignment is fine).
         *
         * @throws UnsupportedFeatureException at render time on MySQL when the condition reads a column that an
         *         assignment before the last one sets
         * @since 0.1.0
         */
        public Upsert<T> where(Condition condition) {
            Checks.notNull(condition, "condition");
            return new Upsert<>(insert, target, updates, where == null ? condition : where.and(condition));
        }

        /** {@code SET column = value} when the row exists. */
        public <V> Upsert<T> set(Field<V> column, V value) {
            requireColumnOf(insert.table(), column);
            return add((Column<?>) column, new Val<>(value, column.type()));
        }

        /** {@code SET column = expression}, e.g. {@code excluded(USERS.NAME)}. */
        public <V> Upsert<T> set(Field<V> column, Field<? extends V> value) {
            requireColumnOf(insert.table(), column);
            return add((Column<?>) column, Checks.notNull(value, "value"));
        }

        private Upsert<T> add(Column<?> column, Field<?> value) {
            List<Assignment> list = new ArrayList<>(updates);
            list.add(new Assignment(column, value));
            return new Upsert<>(insert, target, list, where);
        }

        private Insert<T> complete() {
            return insert.withConflict(new OnConflict(target, updates.isEmpty(), updates, where));
        }

        @Override
        Node node() {
            return complete().node();
        }

        @Override
        Node withReturning(List<Field<?>> fields) {
            return complete().withReturning(fields);
        }

        @Override
        public int execute(Database db) {
            return complete().execute(db);
        }
    }

    /** An INSERT of the components (record) or getter properties (POJO) of {@code source}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T extends Table<T>> Insert<T> from(T table, Object source) {
        Map<String, Object> props = properties(source);
        Insert<T> insert = into(table);
        int matched = 0;
        for (Column<?> c : table.columns()) {
            String key = Names.normalise(c.name());
            if (!props.containsKey(key)) {
                continue;
            }
            matched++;
            Object v = props.get(key);
            if (v == null && c.isAutoIncrement()) {
                continue;
            }
            if (v != null && !c.type().javaType().isInstance(v) && c.type().javaType() != Object.class) {
                throw new MappingException(source.getClass().getSimpleName() + " gives a "
                        + v.getClass().getSimpleName() + " for column " + c + ", which holds "
                        + c.type().javaType().getSimpleName());
            }
            insert = insert.set((Field) c, v);
        }
        if (matched == 0) {
            throw new MappingException(source.getClass().getName() + " has no component or property named like a column of "
                    + table.name() + " " + table.columns().stream().map(Column::name).toList());
        }
        return insert;
    }

    private static Map<String, Object> properties(Object source) {
        Map<String, Object> out = new HashMap<>();
        Class<?> type = source.getClass();
        try {
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    Method m = rc.getAccessor();
                    m.setAccessible(true);
                    out.put(Names.normalise(rc.getName()), m.invoke(source));
                }
            } else {
                for (Method m : type.getMethods()) {
                    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                            || m.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    String n = m.getName();
                    if (n.startsWith("get") && n.length() > 3) {
                        out.putIfAbsent(Names.normalise(n.substring(3)), m.invoke(source));
                    } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                        out.putIfAbsent(Names.normalise(n.substring(2)), m.invoke(source));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("cannot read the properties of " + type.getName() + ": " + e, e);
        }
        return out;
    }
}
