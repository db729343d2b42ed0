package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Album} table, the columns the reports use. */
public final class Album extends ChinookTable<Album> {
    public final Column<Integer> ALBUM_ID = column(n("AlbumId"), SqlType.INTEGER);
    public final Column<String> TITLE = column(n("Title"), SqlType.varchar(160));
    public final Column<Integer> ARTIST_ID = column(n("ArtistId"), SqlType.INTEGER);

    Album(Metadata metadata, boolean snake) {
        super(metadata, "Album", snake);
    }

    private Album(Album source, String alias) {
        super(source, alias);
    }

    @Override
    public Album as(String alias) {
        return new Album(this, alias);
    }
}
