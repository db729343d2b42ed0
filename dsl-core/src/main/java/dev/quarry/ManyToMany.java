package dev.quarry;

import dev.quarry.query.Join;
import java.util.ArrayList;
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
 * <p>Loaded with {@code PLAYLISTS.select().with(PLAYLISTS.TRACKS)}, through the association table:
 * <pre>{@code SELECT playlist_track.playlist_id, tracks.* FROM playlist_track
 * JOIN tracks ON tracks.id = playlist_track.track_id WHERE playlist_track.playlist_id IN (?, ?, ...)}</pre>
 * and read with {@code row.get(PLAYLISTS.TRACKS)}: the target rows, an empty list when there are none.
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public final class ManyToMany<R extends Table<R>> extends RelationshipBase<R, ManyToMany<R>>
        implements Relationship<R> {
    private final Supplier<? extends Table<?>> through;
    private final List<Function<Table<?>, ? extends Column<?>>> toSource;
    private final List<Function<Table<?>, ? extends Column<?>>> toTarget;

    <J extends Table<J>> ManyToMany(Table<?> source, Supplier<R> target, Supplier<J> through,
            List<Function<J, ? extends Column<?>>> toSource, List<Function<J, ? extends Column<?>>> toTarget) {
        super(source, target, null, LoadOptions.NONE);
        this.through = through;
        this.toSource = erase(toSource);
        this.toTarget = erase(toTarget);
    }

    private ManyToMany(ManyToMany<R> declared, LoadOptions options) {
        super(declared.source, declared.target, declared, options);
        this.through = declared.through;
        this.toSource = declared.toSource;
        this.toTarget = declared.toTarget;
    }

    private static <J> List<Function<Table<?>, ? extends Column<?>>> erase(List<Function<J, ? extends Column<?>>> fs) {
        List<Function<Table<?>, ? extends Column<?>>> out = new ArrayList<>(fs.size());
        for (Function<J, ? extends Column<?>> f : fs) {
            out.add(t -> f.apply(cast(t)));
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static <J> J cast(Table<?> t) {
        return (J) t;
    }

    @Override
    ManyToMany<R> withOptions(LoadOptions options) {
        return new ManyToMany<>(declaredRelationship(), options);
    }

    @Override
    String kind() {
        return "manyToMany";
    }

    /** The association table. */
    public Table<?> through() {
        return Table.resolve(through, "manyToMany on " + source.name());
    }

    private static List<Column<?>> apply(List<Function<Table<?>, ? extends Column<?>>> fs, Table<?> j, String what) {
        List<Column<?>> out = new ArrayList<>(fs.size());
        for (Function<Table<?>, ? extends Column<?>> f : fs) {
            Column<?> c = f.apply(j);
            if (c == null || c.table() != j) {
                throw new SchemaException("manyToMany: the " + what + " key function must return a column of "
                        + j.name() + ", got " + c);
            }
            out.add(c);
        }
        return out;
    }

    @Override
    public List<Column<?>> targetKey() {
        return apply(toSource, through(), "source");
    }

    /** The columns of the association table that point at the target. */
    public List<Column<?>> throughTargetKey() {
        return apply(toTarget, through(), "target");
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
        List<Column<?>> fkToTarget = throughTargetKey();
        return List.of(new Join(type, j, Relationships.on(targetKey(), sourceKey())),
                new Join(type, t, Relationships.on(Relationships.referenced(j, fkToTarget, t), fkToTarget)));
    }
}
