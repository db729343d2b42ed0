package dev.quarry;

import dev.quarry.query.Join;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A one-to-many relationship along a foreign key held by the target table, declared as
 * {@code public final ToMany<Posts> POSTS = toMany(() -> Posts.POSTS, p -> p.USER_ID);} (one function per
 * column for a composite key).
 *
 * <pre>{@code JOIN posts ON posts.user_id = users.id}</pre>
 *
 * <p>Loaded with {@code USERS.select().with(USERS.POSTS)}:
 * <pre>{@code SELECT posts.* FROM posts WHERE posts.user_id IN (?, ?, ...)}</pre>
 * and read with {@code row.get(USERS.POSTS)}: the child rows, an empty list when there are none.
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ToMany<R extends Table<R>> extends RelationshipBase<R, ToMany<R>> implements Relationship<R> {
    private final List<Function<R, ? extends Column<?>>> foreignKey;

    ToMany(Table<?> source, Supplier<R> target, List<Function<R, ? extends Column<?>>> foreignKey) {
        super(source, target, null, LoadOptions.NONE);
        this.foreignKey = List.copyOf(foreignKey);
    }

    private ToMany(ToMany<R> declared, LoadOptions options) {
        super(declared.source, declared.target, declared, options);
        this.foreignKey = declared.foreignKey;
    }

    @Override
    ToMany<R> withOptions(LoadOptions options) {
        return new ToMany<>(declaredRelationship(), options);
    }

    @Override
    String kind() {
        return "toMany";
    }

    @Override
    public List<Column<?>> targetKey() {
        R t = target();
        List<Column<?>> key = new ArrayList<>(foreignKey.size());
        for (Function<R, ? extends Column<?>> f : foreignKey) {
            Column<?> fk = f.apply(t);
            if (fk == null || fk.table() != t) {
                throw new SchemaException("toMany on " + source.name() + ": the key function must return a column of "
                        + t.name() + ", got " + fk);
            }
            key.add(fk);
        }
        return key;
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
}
