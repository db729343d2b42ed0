package dev.quarry;

import dev.quarry.query.Join;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A one-to-many relationship along a foreign key held by the target table, declared as
 * {@code public final ToMany<Posts> POSTS = toMany(() -> Posts.POSTS, p -> p.USER_ID);}.
 *
 * <pre>{@code JOIN posts ON posts.user_id = users.id}</pre>
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ToMany<R extends Table<R>> implements Relationship<R> {
    private final Table<?> source;
    private final Supplier<R> target;
    private final Function<R, ? extends Column<?>> foreignKey;

    ToMany(Table<?> source, Supplier<R> target, Function<R, ? extends Column<?>> foreignKey) {
        this.source = source;
        this.target = target;
        this.foreignKey = foreignKey;
    }

    @Override
    public Table<?> source() {
        return source;
    }

    @Override
    public R target() {
        return Table.resolve(target, "toMany on " + source.name());
    }

    @Override
    public List<Column<?>> targetKey() {
        R t = target();
        Column<?> fk = foreignKey.apply(t);
        if (fk == null || fk.table() != t) {
            throw new SchemaException("toMany on " + source.name() + ": the key function must return a column of "
                    + t.name() + ", got " + fk);
        }
        return List.of(fk);
    }

    @Override
    public List<Column<?>> sourceKey() {
        R t = target();
        return Relationships.onTable(Relationships.referenced(t, targetKey(), source.registered()), source);
    }

    @Override
    public List<Join> joins(Join.Type type) {
        return List.of(new Join(type, target(), Relationships.on(targetKey(), sourceKey())));
    }

    @Override
    public String toString() {
        return "toMany(" + source.qualifier() + " -> " + target().name() + ")";
    }
}
