package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Join;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A many-to-one (or one-to-one) relationship along a foreign key held by the source table, declared as
 * {@code public final ToOne<Users> AUTHOR = toOne(() -> Users.USERS, USER_ID);} (several columns for a
 * composite key).
 *
 * <pre>{@code JOIN users ON users.id = posts.user_id}</pre>
 *
 * <p>Loaded with {@code POSTS.select().with(POSTS.AUTHOR)}:
 * <pre>{@code SELECT users.* FROM users WHERE users.id IN (?, ?, ...)}</pre>
 * and read with {@code row.get(POSTS.AUTHOR)}: the target row, or null when the key is NULL or matches none.
 *
 * <p>{@link #get(Column)} navigates it in a select list or condition, joining the target implicitly:
 * {@code select(POSTS.TITLE, POSTS.AUTHOR.get(USERS.NAME)).from(POSTS)} renders
 * <pre>{@code SELECT posts.title, posts_author.name FROM posts JOIN users posts_author ON posts_author.id = posts.user_id}</pre>
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ToOne<R extends Table<R>> extends RelationshipBase<R, ToOne<R>> implements Relationship<R> {
    private final List<Column<?>> foreignKey;
    private volatile Table<?> pathTable;

    ToOne(Table<?> source, Supplier<R> target, List<Column<?>> foreignKey) {
        super(source, target, null, LoadOptions.NONE);
        if (foreignKey.isEmpty()) {
            throw new SchemaException("toOne on " + source.name() + " needs the foreign key column(s)");
        }
        this.foreignKey = List.copyOf(foreignKey);
    }

    private ToOne(ToOne<R> declared, LoadOptions options) {
        super(declared.source, declared.target, declared, options);
        this.foreignKey = declared.foreignKey;
    }

    @Override
    ToOne<R> withOptions(LoadOptions options) {
        return new ToOne<>(declaredRelationship(), options);
    }

    @Override
    String kind() {
        return "toOne";
    }

    @Override
    public List<Column<?>> sourceKey() {
        return foreignKey;
    }

    @Override
    public List<Column<?>> targetKey() {
        return Relationships.referenced(source, foreignKey, target());
    }

    /**
     * The column of the target reached along this relationship, for a select list, condition or ORDER BY:
     * {@code POSTS.AUTHOR.get(USERS.NAME)}. The select joins the target once, however often the path is used,
     * under the stable alias {@code <source>_<relationship>} ({@code posts_author}): an inner join when the
     * foreign key is NOT NULL, a left join when it may be NULL (the path then reads NULL).
     *
     * <pre>{@code SELECT posts_author.name FROM posts JOIN users posts_author ON posts_author.id = posts.user_id}</pre>
     *
     * @throws IllegalArgumentException if {@code column} is not a column of the target table
     */
    @SuppressWarnings("unchecked")
    public <T> Column<T> get(Column<T> column) {
        Checks.notNull(column, "column");
        R t = target();
        if (column.table().registered() != t.registered()) {
            throw new IllegalArgumentException(this + ".get(" + column + "): the column is not one of "
                    + t.name() + ", the table this relationship reaches");
        }
        return (Column<T>) pathTable().columnNamed(column.name());
    }

    private Table<?> pathTable() {
        ToOne<R> declared = declaredRelationship();
        if (declared != this) {
            return declared.pathTable();
        }
        Table<?> p = pathTable;
        if (p == null) {
            String n = name() != null ? name() : target().name();
            Table.pathsUsed = true;
            Table.MAKING_PATH.set(this);
            try {
                p = target().as(source.qualifier() + "_" + n.toLowerCase(Locale.ROOT));
            } finally {
                Table.MAKING_PATH.remove();
            }
            pathTable = p;
        }
        return p;
    }

    /** The join of the path alias {@code table} ({@link #get}) to this relationship's source. */
    Join pathJoin(Table<?> table) {
        boolean nullable = false;
        for (Column<?> c : foreignKey) {
            nullable |= c.nullable();
        }
        return new Join(nullable ? Join.Type.LEFT : Join.Type.INNER, table,
                Relationships.on(Relationships.onTable(targetKey(), table), foreignKey));
    }

    @Override
    public List<Join> joins(Join.Type type) {
        return List.of(new Join(type, target(), Relationships.on(targetKey(), foreignKey)));
    }
}
