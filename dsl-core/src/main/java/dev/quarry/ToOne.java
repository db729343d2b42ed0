package dev.quarry;

import dev.quarry.query.Join;
import java.util.List;
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
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ToOne<R extends Table<R>> extends RelationshipBase<R, ToOne<R>> implements Relationship<R> {
    private final List<Column<?>> foreignKey;

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

    @Override
    public List<Join> joins(Join.Type type) {
        return List.of(new Join(type, target(), Relationships.on(targetKey(), foreignKey)));
    }
}
