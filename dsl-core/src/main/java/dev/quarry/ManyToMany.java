package dev.quarry;

import dev.quarry.query.Join;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A many-to-many relationship through an association table, declared as
 * {@code manyToMany(() -> TRACKS, () -> PLAYLIST_TRACK, j -> j.PLAYLIST_ID, j -> j.TRACK_ID)}.
 *
 * <pre>{@code JOIN playlist_track ON playlist_track.playlist_id = playlists.id
 * JOIN tracks ON tracks.id = playlist_track.track_id}</pre>
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ManyToMany<R extends Table<R>> implements Relationship<R> {
    private final Table<?> source;
    private final Supplier<R> target;
    private final Supplier<? extends Table<?>> through;
    private final Function<Table<?>, ? extends Column<?>> toSource;
    private final Function<Table<?>, ? extends Column<?>> toTarget;

    <J extends Table<J>> ManyToMany(Table<?> source, Supplier<R> target, Supplier<J> through,
            Function<J, ? extends Column<?>> toSource, Function<J, ? extends Column<?>> toTarget) {
        this.source = source;
        this.target = target;
        this.through = through;
        this.toSource = t -> toSource.apply(cast(t));
        this.toTarget = t -> toTarget.apply(cast(t));
    }

    @SuppressWarnings("unchecked")
    private static <J> J cast(Table<?> t) {
        return (J) t;
    }

    @Override
    public Table<?> source() {
        return source;
    }

    @Override
    public R target() {
        return Table.resolve(target, "manyToMany on " + source.name());
    }

    /** The association table. */
    public Table<?> through() {
        return Table.resolve(through, "manyToMany on " + source.name());
    }

    @Override
    public List<Column<?>> targetKey() {
        return List.of(toSource.apply(through()));
    }

    @Override
    public List<Column<?>> sourceKey() {
        Table<?> j = through();
        return Relationships.onTable(Relationships.referenced(j, targetKey(), source.registered()), source);
    }

    @Override
    public List<Join> joins(Join.Type type) {
        Table<?> j = through();
        R t = target();
        List<Column<?>> fkToTarget = List.of(toTarget.apply(j));
        return List.of(new Join(type, j, Relationships.on(targetKey(), sourceKey())),
                new Join(type, t, Relationships.on(Relationships.referenced(j, fkToTarget, t), fkToTarget)));
    }

    @Override
    public String toString() {
        return "manyToMany(" + source.qualifier() + " -> " + target().name() + ")";
    }
}
