package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Genre} table, the columns the reports use. */
public final class Genre extends ChinookTable<Genre> {
    public final Column<Integer> GENRE_ID = column(n("GenreId"), SqlType.INTEGER);
    public final Column<String> NAME = column(n("Name"), SqlType.varchar(120));

    Genre(Metadata metadata, boolean snake) {
        super(metadata, "Genre", snake);
    }

    private Genre(Genre source, String alias) {
        super(source, alias);
    }

    @Override
    public Genre as(String alias) {
        return new Genre(this, alias);
    }
}
