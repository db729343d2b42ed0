package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.NodeVisitor;
import dev.quarry.query.TableSource;
import dev.quarry.schema.Check;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import dev.quarry.schema.PrimaryKey;
import dev.quarry.schema.UniqueKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The base class of every table model: subclasses declare typed {@link Column} fields and register in a
 * {@link Metadata} when constructed (see {@code docs/models.md}).
 *
 * <pre>{@code
 * public final class Users extends Table<Users> {
 *     public static final Users USERS = new Users();
 *     public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
 *     private Users() { super(Db.METADATA, "users"); }
 *     private Users(Users source, String alias) { super(source, alias); }
 *     @Override public Users as(String alias) { return new Users(this, alias); }
 * }
 * }</pre>
 *
 * <p>Inside a subclass the inherited {@code select()}, {@code insert()}, {@code update()} and
 * {@code delete()} hide the static {@code Sql.select(..)}: write {@code Sql.select(..)} there.
 *
 * @param <T> the table's own class
 * @since 0.1.0
 */
public abstract class Table<T extends Table<T>> extends TableArity<T> implements TableSource {

    /** What a model describes: a table, or a view (read-only: queried, never created, dropped or written). */
    public enum Kind {
        TABLE, VIEW
    }

    private final Metadata metadata;
    private final Kind kind;
    private final String name;
    private final String alias;
    private final Table<T> registered;
    private final List<Column<?>> columns = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<UniqueKey> uniqueKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private PrimaryKey primaryKey;
    private volatile List<Column<?>> frozenColumns;
    /** The to-one relationship this alias is the implicit join of ({@link ToOne#get}), else null. */
    private final ToOne<?> path;
    /** The relationship whose path alias is being made on this thread; read by the alias constructor. */
    static final ThreadLocal<ToOne<?>> MAKING_PATH = new ThreadLocal<>();
    /** True once any path alias exists: until then a select need not look for implicit joins. */
    static volatile boolean pathsUsed;

    /** Declares a table named {@code name} and registers it in {@code metadata}. */
    protected Table(Metadata metadata, String name) {
        this(metadata, name, Kind.TABLE);
    }

    /**
     * Declares a table or a view named {@code name} and registers it in {@code metadata}. A view is
     * read-only: {@code createAll}, {@code dropAll} and {@code ddl} leave it out, and building an INSERT,
     * UPDATE or DELETE on it is a {@link SchemaException}.
     */
    protected Table(Metadata metadata, String name, Kind kind) {
        this.metadata = Checks.notNull(metadata, "metadata");
        this.kind = Checks.notNull(kind, "kind");
        this.name = requireName(name, "table name");
        this.alias = null;
        this.registered = this;
        this.path = null;
        metadata.register(this);
    }

    /** Declares an alias of {@code source}; the field initialisers re-run and bind to the alias. */
    protected Table(T source, String alias) {
        Checks.notNull(source, "source");
        this.metadata = source.metadata();
        this.kind = source.kind();
        this.name = source.name();
        this.alias = requireName(alias, "alias");
        this.registered = source.registered();
        this.path = MAKING_PATH.get();
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new SchemaException("a " + what + " must be a non-empty name, got " + (name == null ? "null" : "''"));
        }
        return name;
    }

    /** This table under another name, for self-joins: {@code Employees m = EMPLOYEES.as("m");}. */
    public abstract T as(String alias);

    @SuppressWarnings("unchecked")
    @Override
    final T self() {
        return (T) this;
    }

    /** Whether this is a table or a (read-only) view. */
    public final Kind kind() {
        return kind;
    }

    /** True for a view. */
    public final boolean isView() {
        return kind == Kind.VIEW;
    }

    private T writable(String statement) {
        if (kind == Kind.VIEW) {
            throw new SchemaException(name + " is a view, which is read-only: no " + statement + " through it");
        }
        return self();
    }

    /** The table's SQL name, exactly as declared. */
    public final String name() {
        return name;
    }

    /** The alias, or null when this is the declared table itself. */
    public final String alias() {
        return alias;
    }

    /** The alias if there is one, else the name: what columns are qualified with. */
    public final String qualifier() {
        return alias != null ? alias : name;
    }

    /** The metadata the table is registered in. */
    public final Metadata metadata() {
        return metadata;
    }

    /** The to-one relationship this alias joins implicitly ({@code POSTS.AUTHOR.get(..)}), or null. */
    final ToOne<?> path() {
        return path;
    }

    /** The declared table this is an alias of (itself when it is no alias). */
    public final Table<T> registered() {
        return registered;
    }

    /** The columns, in declaration order. */
    public final List<Column<?>> columns() {
        List<Column<?>> c = frozenColumns;
        if (c == null) {
            c = freeze();
        }
        return c;
    }

    /** The column of this name, or a {@link SchemaException} naming the columns there are. */
    public final Column<?> columnNamed(String columnName) {
        for (Column<?> c : columns()) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        throw new SchemaException("table " + name + " has no column '" + columnName + "'; it has "
                + columns().stream().map(Column::name).toList());
    }

    /** The primary key columns: a composite {@code primaryKey(..)} or the columns marked {@code primaryKey()}. */
    public final List<Column<?>> primaryKeyColumns() {
        columns();
        if (primaryKey != null) {
            return Relationships.onTable(primaryKey.columns(), this);
        }
        List<Column<?>> pk = new ArrayList<>();
        for (Column<?> c : columns()) {
            if (c.isPrimaryKey()) {
                pk.add(c);
            }
        }
        return pk;
    }

    /** The foreign keys: those of {@code Column.references(..)} and of {@code foreignKey(..)}. */
    public final List<ForeignKey> foreignKeys() {
        columns();
        return Collections.unmodifiableList(registered.foreignKeys);
    }

    /** The declared indexes. */
    public final List<Index> indexes() {
        columns();
        return Collections.unmodifiableList(registered.indexes);
    }

    /** The table-level UNIQUE constraints. */
    public final List<UniqueKey> uniqueKeys() {
        columns();
        return Collections.unmodifiableList(registered.uniqueKeys);
    }

    /** The CHECK constraints. */
    public final List<Check> checks() {
        columns();
        return Collections.unmodifiableList(registered.checks);
    }

    /** True once the table's declaration is complete and its columns can no longer change. */
    public final boolean isFrozen() {
        return frozenColumns != null;
    }

    private synchronized List<Column<?>> freeze() {
        if (frozenColumns != null) {
            return frozenColumns;
        }
        List<Column<?>> c = List.copyOf(columns);
        if (c.isEmpty()) {
            throw new SchemaException("table " + name + " declares no columns (was it used before its constructor ended?)");
        }
        if (registered == this) {
            List<ForeignKey> columnKeys = new ArrayList<>();
            for (Column<?> col : c) {
                if (col.references() != null) {
                    columnKeys.add(columnForeignKey(col));
                }
            }
            foreignKeys.addAll(0, columnKeys);
            long pkColumns = c.stream().filter(Column::isPrimaryKey).count();
            if (primaryKey != null && pkColumns > 0) {
                throw new SchemaException("table " + name + " declares both primaryKey(..) and column primaryKey()");
            }
        }
        frozenColumns = c;
        return c;
    }

    private ForeignKey columnForeignKey(Column<?> col) {
        Supplier<? extends Column<?>> ref = col.references();
        return new ForeignKey(this, List.of(col), () -> List.<Column<?>>of(ref.get()), col.onDeleteAction(),
                col.onUpdateAction());
    }

    private void checkDeclaring(String what) {
        if (isFrozen()) {
            throw new SchemaException("table " + name + ": " + what + " can only be declared in its constructor");
        }
    }

    /** Declares a column; call it from a field initialiser. */
    protected final <C> Column<C> column(String columnName, SqlType<C> type) {
        checkDeclaring("column " + columnName);
        requireName(columnName, "column name");
        Checks.notNull(type, "type");
        for (Column<?> c : columns) {
            if (c.name().equals(columnName)) {
                throw new SchemaException("table " + name + " declares column '" + columnName + "' twice");
            }
        }
        Column<C> column = new Column<>(this, columnName, type);
        columns.add(column);
        return column;
    }

    private List<Column<?>> own(String what, Column<?>... cols) {
        Checks.notNull(cols, "columns");
        if (cols.length == 0) {
            throw new SchemaException("table " + name + ": " + what + " needs at least one column");
        }
        for (Column<?> c : cols) {
            if (c == null || c.table() != this) {
                throw new SchemaException("table " + name + ": " + what + " names " + c
                        + ", which is not a column of this table (declare columns before the constraints that use them)");
            }
        }
        return Arrays.asList(cols);
    }

    /** A composite primary key: {@code PRIMARY KEY (a, b)}. */
    protected final PrimaryKey primaryKey(Column<?>... cols) {
        checkDeclaring("primaryKey(..)");
        PrimaryKey pk = new PrimaryKey(own("primaryKey(..)", cols));
        if (registered == this) {
            if (primaryKey != null) {
                throw new SchemaException("table " + name + " declares primaryKey(..) twice");
            }
            primaryKey = pk;
        }
        return pk;
    }

    /** A table-level {@code UNIQUE (a, b)} constraint. */
    protected final UniqueKey unique(Column<?>... cols) {
        checkDeclaring("unique(..)");
        UniqueKey key = new UniqueKey(own("unique(..)", cols));
        if (registered == this) {
            uniqueKeys.add(key);
        }
        return key;
    }

    /** {@code CREATE INDEX name ON table (a, b)}. */
    protected final Index index(String indexName, Column<?>... cols) {
        return addIndex(indexName, false, cols);
    }

    /** {@code CREATE UNIQUE INDEX name ON table (a, b)}. */
    protected final Index uniqueIndex(String indexName, Column<?>... cols) {
        return addIndex(indexName, true, cols);
    }

    private Index addIndex(String indexName, boolean unique, Column<?>... cols) {
        checkDeclaring("index " + indexName);
        requireName(indexName, "index name");
        Index index = new Index(indexName, own("index " + indexName, cols), unique);
        if (registered == this) {
            indexes.add(index);
        }
        return index;
    }

    /** {@code CONSTRAINT name CHECK (condition)}. */
    protected final Check check(String checkName, Condition condition) {
        checkDeclaring("check " + checkName);
        Check check = new Check(requireName(checkName, "check name"), Checks.notNull(condition, "condition"));
        if (registered == this) {
            checks.add(check);
        }
        return check;
    }

    /** A composite foreign key; complete it with {@code .references(() -> List.of(T.X, T.Y))}. */
    protected final ForeignKey foreignKey(Column<?>... cols) {
        checkDeclaring("foreignKey(..)");
        ForeignKey fk = new ForeignKey(this, own("foreignKey(..)", cols), null, null, null);
        if (registered == this) {
            foreignKeys.add(fk);
        }
        return fk;
    }

    /** A many-to-one relationship along foreign key columns of this table. */
    protected final <R extends Table<R>> ToOne<R> toOne(Supplier<R> target, Column<?>... foreignKey) {
        Checks.notNull(target, "target");
        return new ToOne<>(this, target, own("toOne(..)", foreignKey));
    }

    /** A one-to-many relationship along a foreign key column of the target table: {@code toMany(() -> POSTS, p -> p.USER_ID)}. */
    protected final <R extends Table<R>> ToMany<R> toMany(Supplier<R> target,
            Function<R, ? extends Column<?>> foreignKey) {
        return new ToMany<>(this, Checks.notNull(target, "target"),
                List.of(Checks.notNull(foreignKey, "foreignKey")));
    }

    /**
     * A one-to-many relationship along a composite foreign key of the target table, one function per column in
     * the order of the key it references: {@code toMany(() -> LINES, l -> l.ORDER_ID, l -> l.ORDER_VERSION)}.
     */
    @SafeVarargs
    protected final <R extends Table<R>> ToMany<R> toMany(Supplier<R> target,
            Function<R, ? extends Column<?>> firstKeyColumn, Function<R, ? extends Column<?>>... moreKeyColumns) {
        Checks.notNull(moreKeyColumns, "moreKeyColumns");
        List<Function<R, ? extends Column<?>>> key = new ArrayList<>();
        key.add(Checks.notNull(firstKeyColumn, "firstKeyColumn"));
        for (Function<R, ? extends Column<?>> f : moreKeyColumns) {
            key.add(Checks.notNull(f, "a key column function is null"));
        }
        return new ToMany<>(this, Checks.notNull(target, "target"), key);
    }

    /** A many-to-many relationship through an association table. */
    protected final <R extends Table<R>, J extends Table<J>> ManyToMany<R> manyToMany(Supplier<R> target,
            Supplier<J> through, Function<J, ? extends Column<?>> toThis, Function<J, ? extends Column<?>> toTarget) {
        return new ManyToMany<>(this, Checks.notNull(target, "target"),
                Checks.notNull(through, "through"), List.of(Checks.notNull(toThis, "toThis")),
                List.of(Checks.notNull(toTarget, "toTarget")));
    }

    /**
     * A many-to-many relationship through an association table with composite foreign keys:
     * {@code manyToMany(() -> T, () -> J, List.of(j -> j.A1, j -> j.A2), List.of(j -> j.T1, j -> j.T2))}.
     */
    protected final <R extends Table<R>, J extends Table<J>> ManyToMany<R> manyToMany(Supplier<R> target,
            Supplier<J> through, List<Function<J, ? extends Column<?>>> toThis,
            List<Function<J, ? extends Column<?>>> toTarget) {
        Checks.notNull(toThis, "toThis");
        Checks.notNull(toTarget, "toTarget");
        if (toThis.isEmpty() || toTarget.isEmpty()) {
            throw new SchemaException("manyToMany on " + name + " needs at least one key column on each side");
        }
        return new ManyToMany<>(this, Checks.notNull(target, "target"), Checks.notNull(through, "through"),
                toThis, toTarget);
    }

    static <R> R resolve(Supplier<R> supplier, String where) {
        R r;
        try {
            r = supplier.get();
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new SchemaException(where + ": the target table could not be resolved: " + e, e);
        }
        if (r == null) {
            throw new SchemaException(where + ": the target supplier returned null (a class initialisation cycle?)");
        }
        return r;
    }

    /** {@code SELECT} every column of this table: {@code SELECT t.a, t.b, ... FROM t}. */
    public final Select<Row> select() {
        return new RowSelect(dev.quarry.query.SelectModel.of(false, List.copyOf(columns())))
                .from(this);
    }

    /** An INSERT built with {@code set(column, value)}. */
    public final Insert<T> insert() {
        return Insert.into(writable("INSERT"));
    }

    /**
     * An INSERT of one row taken from a Java record or POJO: components (or properties) are matched to
     * columns by name, ignoring case and underscores; a null component of an auto-increment column is left
     * out so the database generates it.
     */
    public final Insert<T> insertFrom(Object recordOrPojo) {
        return Insert.from(writable("INSERT"), Checks.notNull(recordOrPojo, "recordOrPojo"));
    }

    /** An UPDATE of this table; it needs {@code where(..)} or {@code whereAll()} before it runs. */
    public final Update<T> update() {
        return Update.of(writable("UPDATE"));
    }

    /** A DELETE from this table; it needs {@code where(..)} or {@code whereAll()} before it runs. */
    public final Delete<T> delete() {
        return Delete.from(writable("DELETE"));
    }

    @Override
    public final <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTable(this);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Table<?> t && t.registered == registered && Objects.equals(t.alias, alias);
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(registered) * 31 + Objects.hashCode(alias);
    }

    @Override
    public String toString() {
        return alias == null ? name : name + " " + alias;
    }
}
