package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Playlist extends Table<Playlist> {
    public static final Playlist PLAYLIST = new Playlist();

    public final Column<Integer> PLAYLIST_ID = column("PlaylistId", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("Name", SqlType.varchar(120));
    public final ManyToMany<Track> TRACKS = manyToMany(() -> Track.TRACK, () -> PlaylistTrack.PLAYLIST_TRACK,
            j -> j.PLAYLIST_ID, j -> j.TRACK_ID);

    private Playlist() {
        super(ChinookModel.METADATA, "qt_Playlist");
    }

    private Playlist(Playlist source, String alias) {
        super(source, alias);
    }

    @Override
    public Playlist as(String alias) {
        return new Playlist(this, alias);
    }
}
