package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Metadata;

/**
 * The part of the Chinook sample this suite reads (artists, albums, tracks, employees, playlists,
 * invoices), with Chinook's own table and column names. The rows are copied from the sample's SQLite script
 * into the database under test by {@code ChinookData}.
 */
public final class ChinookModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Artist.class, Album.class, Track.class, Employee.class, Playlist.class, PlaylistTrack.class,
                Invoice.class, InvoiceLine.class);
    }

    private ChinookModel() {
    }
}
