package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.PrimaryKey;

public final class PlaylistTrack extends Table<PlaylistTrack> {
    public static final PlaylistTrack PLAYLIST_TRACK = new PlaylistTrack();

    public final Column<Integer> PLAYLIST_ID = column("PlaylistId", SqlType.INTEGER).notNull()
            .references(() -> Playlist.PLAYLIST.PLAYLIST_ID);
    public final Column<Integer> TRACK_ID = column("TrackId", SqlType.INTEGER).notNull()
            .references(() -> Track.TRACK.TRACK_ID);
    public final PrimaryKey PK = primaryKey(PLAYLIST_ID, TRACK_ID);

    private PlaylistTrack() {
        super(ChinookModel.METADATA, "qt_PlaylistTrack");
    }

    private PlaylistTrack(PlaylistTrack source, String alias) {
        super(source, alias);
    }

    @Override
    public PlaylistTrack as(String alias) {
        return new PlaylistTrack(this, alias);
    }
}
