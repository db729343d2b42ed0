package dev.quarry;

import dev.quarry.query.Join;
import java.util.List;
import java.util.function.Supplier;

/**
 * A many-to-one (or one-to-one) relationship along a foreign key held by the source table, declared as
 * {@code public final ToOne<Users> AUTHOR = toOne(() -> Users.USERS, USER_ID);}.
 *
 * <pre>{@code JOIN users ON users.id = posts.user_id}</pre>
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ToOne<R extends Table<R>> implements Relationship<R> {
    private final Table<?> source;
    private final Supplier<R> target;
    private final List<Column<?>> foreignKey;

    ToOne(Table<?> source, Supplier<R> target, List<Column<?>> foreignKey) {
        if (foreignKey.isEmpty()) {
            throw new SchemaException("toOne on " + source.name() + " needs the foreign key column(s)");
        }
        this.source = source;
        this.target = target;
        this.foreignKey = List.copyOf(foreignKey);
    }

    @Override
    public Table<?> source() {
        return source;
    }

    @Override
    public R target() {
        return Table.resolve(target, "toOne on " + source.name());
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

    @Override
    public String toString() {
        return "toOne(" + source.qualifier() + " -> " + target().name() + ")";
    }
}
