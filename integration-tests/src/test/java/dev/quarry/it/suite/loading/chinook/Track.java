package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import java.math.BigDecimal;

public final class Track extends Table<Track> {
    public static final Track TRACK = new Track();

    public final Column<Integer> TRACK_ID = column("TrackId", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("Name", SqlType.varchar(200)).notNull();
    public final Column<Integer> ALBUM_ID = column("AlbumId", SqlType.INTEGER).references(() -> Album.ALBUM.ALBUM_ID);
    public final Column<Integer> MILLISECONDS = column("Milliseconds", SqlType.INTEGER).notNull();
    public final Column<BigDecimal> UNIT_PRICE = column("UnitPrice", SqlType.decimal(10, 2)).notNull();
    public final ToOne<Album> ALBUM = toOne(() -> Album.ALBUM, ALBUM_ID);
    public final ManyToMany<Playlist> PLAYLISTS = manyToMany(() -> Playlist.PLAYLIST,
            () -> PlaylistTrack.PLAYLIST_TRACK, j -> j.TRACK_ID, j -> j.PLAYLIST_ID);

    private Track() {
        super(ChinookModel.METADATA, "qt_Track");
    }

    private Track(Track source, String alias) {
        super(source, alias);
    }

    @Override
    public Track as(String alias) {
        return new Track(this, alias);
    }
}
