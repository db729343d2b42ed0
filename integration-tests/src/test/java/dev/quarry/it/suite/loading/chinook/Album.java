package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import dev.quarry.ToOne;

public final class Album extends Table<Album> {
    public static final Album ALBUM = new Album();

    public final Column<Integer> ALBUM_ID = column("AlbumId", SqlType.INTEGER).primaryKey();
    public final Column<String> TITLE = column("Title", SqlType.varchar(160)).notNull();
    public final Column<Integer> ARTIST_ID = column("ArtistId", SqlType.INTEGER).notNull()
            .references(() -> Artist.ARTIST.ARTIST_ID);
    public final ToOne<Artist> ARTIST = toOne(() -> Artist.ARTIST, ARTIST_ID);
    public final ToMany<Track> TRACKS = toMany(() -> Track.TRACK, t -> t.ALBUM_ID);

    private Album() {
        super(ChinookModel.METADATA, "qt_Album");
    }

    private Album(Album source, String alias) {
        super(source, alias);
    }

    @Override
    public Album as(String alias) {
        return new Album(this, alias);
    }
}
