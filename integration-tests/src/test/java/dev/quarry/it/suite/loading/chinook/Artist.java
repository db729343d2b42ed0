package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;

public final class Artist extends Table<Artist> {
    public static final Artist ARTIST = new Artist();

    public final Column<Integer> ARTIST_ID = column("ArtistId", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("Name", SqlType.varchar(120));
    public final ToMany<Album> ALBUMS = toMany(() -> Album.ALBUM, a -> a.ARTIST_ID);

    private Artist() {
        super(ChinookModel.METADATA, "qt_Artist");
    }

    private Artist(Artist source, String alias) {
        super(source, alias);
    }

    @Override
    public Artist as(String alias) {
        return new Artist(this, alias);
    }
}
