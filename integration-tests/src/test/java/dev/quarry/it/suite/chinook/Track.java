package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Track} table, the columns the reports use. */
public final class Track extends ChinookTable<Track> {
    public final Column<Integer> TRACK_ID = column(n("TrackId"), SqlType.INTEGER);
    public final Column<String> NAME = column(n("Name"), SqlType.varchar(200));
    public final Column<Integer> ALBUM_ID = column(n("AlbumId"), SqlType.INTEGER);
    public final Column<Integer> GENRE_ID = column(n("GenreId"), SqlType.INTEGER);
    public final Column<Integer> MILLISECONDS = column(n("Milliseconds"), SqlType.INTEGER);

    Track(Metadata metadata, boolean snake) {
        super(metadata, "Track", snake);
    }

    private Track(Track source, String alias) {
        super(source, alias);
    }

    @Override
    public Track as(String alias) {
        return new Track(this, alias);
    }
}
