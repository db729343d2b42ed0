package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.MigrationPlanner;
import dev.quarry.jdbc.SchemaDiff;
import dev.quarry.jdbc.SchemaOps;
import dev.quarry.schema.ForeignKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of a schema's tables, like SQLAlchemy's {@code Base.metadata}: tables register here when
 * constructed; {@link #createAll} and {@link #dropAll} create and drop them in foreign-key order.
 *
 * <pre>{@code
 * public static final Metadata METADATA = new Metadata();
 * static { METADATA.include(Users.class, Posts.class); }
 * }</pre>
 *
 * <p>Thread-safe. {@link #tables()} is deterministic: referenced tables first, otherwise in the order of
 * {@link #include}. Tables that point at each other in a cycle are created first and the cycle's foreign
 * keys added after them ({@code ALTER TABLE ... ADD CONSTRAINT}; on SQLite, which cannot add one later,
 * inline, as SQLite does not check the target exists at CREATE time).
 *
 * @since 0.1.0
 */
public final class Metadata {
    private final Map<String, Table<?>> tables = new LinkedHashMap<>();
    private final Set<Class<?>> included = new LinkedHashSet<>();
    private volatile Sorted sorted;

    /** The tables in dependency order and the foreign keys that close a cycle. */
    private record Sorted(List<Table<?>> tables, Set<ForeignKey> deferred) {
    }

    /** Creates an empty metadata. */
    public Metadata() {
    }

    /**
     * Names the table classes of this metadata, so that it initialises them (and so registers their tables)
     * before it answers {@link #tables()}, {@link #table}, {@link #createAll}, {@link #dropAll} or {@link #ddl}.
     */
    public Metadata include(Class<?>... tableClasses) {
        Checks.notNull(tableClasses, "tableClasses");
        synchronized (this) {
            for (Class<?> c : tableClasses) {
                if (!Table.class.isAssignableFrom(Checks.notNull(c, "table class"))) {
                    throw new SchemaException(c.getName() + " is not a Table subclass");
                }
                included.add(c);
            }
            sorted = null;
        }
        return this;
    }

    synchronized void register(Table<?> table) {
        Table<?> existing = tables.putIfAbsent(table.name(), table);
        if (existing != null) {
            throw new SchemaException("two tables are named '" + table.name() + "' in one Metadata: "
                    + existing.getClass().getName() + " and " + table.getClass().getName());
        }
        sorted = null;
    }

    private void initialise() {
        List<Class<?>> classes;
        synchronized (this) {
            classes = new ArrayList<>(included);
        }
        for (Class<?> c : classes) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new SchemaException("table class " + c.getName() + " could not be loaded", e);
            } catch (ExceptionInInitializerError e) {
                Throwable cause = e.getCause();
                if (cause instanceof SchemaException s) {
                    throw s;
                }
                throw new SchemaException("table class " + c.getName() + " failed to initialise: " + cause, cause);
            }
        }
    }

    /** Every table, sorted so that a referenced table comes before the tables that reference it. */
    public List<Table<?>> tables() {
        return sorted().tables();
    }

    /** The table of this SQL name, or null. */
    public Table<?> table(String name) {
        initialise();
        synchronized (this) {
            return tables.get(name);
        }
    }

    /** The foreign keys that close a cycle, which DDL adds after the tables exist. */
    public Set<ForeignKey> deferredForeignKeys() {
        return sorted().deferred();
    }

    private Sorted sorted() {
        Sorted s = sorted;
        if (s != null) {
            return s;
        }
        initialise();
        List<Table<?>> declared;
        List<Class<?>> order;
        synchronized (this) {
            declared = new ArrayList<>(tables.values());
            order = new ArrayList<>(included);
        }
        // Deterministic whatever class was initialised first: the order of include(..), then registration.
        declared.sort(java.util.Comparator.comparingInt(t -> {
            int i = order.indexOf(t.getClass());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        for (Table<?> t : declared) {
            t.columns();
            for (ForeignKey fk : t.foreignKeys()) {
                Table<?> target = fk.targetTable().registered();
                if (target.metadata() != this) {
                    throw new SchemaException("foreign key " + fk + " points at table " + target.name()
                            + ", which belongs to another Metadata");
                }
            }
        }
        s = sort(declared);
        synchronized (this) {
            sorted = s;
        }
        return s;
    }

    /** Kahn's sort in declaration order; on a cycle, the first waiting table goes next and its keys wait. */
    private static Sorted sort(List<Table<?>> declared) {
        List<Table<?>> out = new ArrayList<>();
        Set<ForeignKey> deferred = new LinkedHashSet<>();
        Set<Table<?>> done = new LinkedHashSet<>();
        List<Table<?>> waiting = new ArrayList<>(declared);
        while (!waiting.isEmpty()) {
            Table<?> next = null;
            for (Table<?> t : waiting) {
                if (ready(t, done)) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                next = waiting.get(0);
                for (ForeignKey fk : next.foreignKeys()) {
                    Table<?> target = fk.targetTable().registered();
                    if (target != next && !done.contains(target)) {
                        deferred.add(fk);
                    }
                }
            }
            waiting.remove(next);
            done.add(next);
            out.add(next);
        }
        return new Sorted(Collections.unmodifiableList(out), Collections.unmodifiableSet(deferred));
    }

    private static boolean ready(Table<?> t, Set<Table<?>> done) {
        for (ForeignKey fk : t.foreignKeys()) {
            Table<?> target = fk.targetTable().registered();
            if (target != t && !done.contains(target)) {
                return false;
            }
        }
        return true;
    }

    /** The tables to create and drop: views are not ours to create. */
    private static List<Table<?>> tablesOnly(Sorted s) {
        List<Table<?>> out = new ArrayList<>(s.tables().size());
        for (Table<?> t : s.tables()) {
            if (!t.isView()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The DDL that creates every table (not view), index and foreign key, in order, for {@code dialect}. */
    public List<String> ddl(Dialect dialect) {
        Checks.notNull(dialect, "dialect");
        Sorted s = sorted();
        return SchemaOps.createStatements(dialect, tablesOnly(s), s.deferred(), false);
    }

    /** Creates every table in {@code db}; a table that exists already is an error. */
    public void createAll(Database db) {
        createAll(db, IfNotExists.NO);
    }

    /** Creates every table in {@code db}; with {@link IfNotExists#YES} tables already there are left alone. */
    public void createAll(Database db, IfNotExists ifNotExists) {
        Checks.notNull(db, "db");
        Checks.notNull(ifNotExists, "ifNotExists");
        Sorted s = sorted();
        SchemaOps.createAll(db, tablesOnly(s), s.deferred(), ifNotExists == IfNotExists.YES);
    }

    /** Drops every table of this metadata that exists in {@code db}, in reverse dependency order. */
    public void dropAll(Database db) {
        Checks.notNull(db, "db");
        Sorted s = sorted();
        SchemaOps.dropAll(db, tablesOnly(s), s.deferred());
    }

    /**
     * How {@code db} differs from the tables of this metadata: missing and extra tables, columns, keys and
     * indexes, and columns whose type, nullability or default differ. Spelling-only differences ({@code int4} for
     * {@code INTEGER}, MySQL display widths, SQLite affinities, PostgreSQL casts in defaults) are not reported.
     * Tables of the database that no model declares are {@link SchemaDifference.Kind#EXTRA_TABLE}; views are
     * not compared.
     *
     * @return the differences, table by table in dependency order, then the extra tables; empty when none
     * @throws UnsupportedFeatureException when the dialect cannot read its catalog
     */
    public List<SchemaDifference> diff(Database db) {
        return entries(db).stream().map(SchemaDiff.Entry::difference).toList();
    }

    /**
     * Checks that {@code db} matches the models, for an application's start-up or a test.
     *
     * @throws SchemaDriftException listing every difference of {@link #diff(Database)}, one per line
     */
    public void verify(Database db) {
        List<SchemaDifference> differences = diff(db);
        if (!differences.isEmpty()) {
            throw new SchemaDriftException(differences);
        }
    }

    /**
     * The DDL that brings {@code db} to the models: additive (create, add, widen), with drops and narrowing only
     * in its {@link Migration#destructive()} copy; empty when nothing differs.
     */
    public Migration migration(Database db) {
        Sorted s = sorted();
        List<SchemaDiff.Entry> entries = entries(db);
        MigrationPlanner plan = MigrationPlanner.plan(db.dialect(), tablesOnly(s), s.deferred(), entries);
        return new Migration(db, plan.additive(), plan.destructive(), plan.refused(), plan.refusedDestructive(),
                false);
    }

    private List<SchemaDiff.Entry> entries(Database db) {
        Checks.notNull(db, "db");
        Sorted s = sorted();
        return SchemaDiff.compare(db.dialect(), tablesOnly(s), SchemaOps.read(db));
    }

    @Override
    public String toString() {
        return "Metadata" + Arrays.toString(tables().stream().map(Table::name).toArray());
    }
}
