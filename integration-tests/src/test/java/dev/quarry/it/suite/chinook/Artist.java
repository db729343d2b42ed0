package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Artist} table, the columns the reports use. */
public final class Artist extends ChinookTable<Artist> {
    public final Column<Integer> ARTIST_ID = column(n("ArtistId"), SqlType.INTEGER);
    public final Column<String> NAME = column(n("Name"), SqlType.varchar(120));

    Artist(Metadata metadata, boolean snake) {
        super(metadata, "Artist", snake);
    }

    private Artist(Artist source, String alias) {
        super(source, alias);
    }

    @Override
    public Artist as(String alias) {
        return new Artist(this, alias);
    }
}
