package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.loading.chinook.Album.ALBUM;
import static dev.quarry.it.suite.loading.chinook.Artist.ARTIST;
import static dev.quarry.it.suite.loading.chinook.Employee.EMPLOYEE;
import static dev.quarry.it.suite.loading.chinook.Invoice.INVOICE;
import static dev.quarry.it.suite.loading.chinook.InvoiceLine.INVOICE_LINE;
import static dev.quarry.it.suite.loading.chinook.Playlist.PLAYLIST;
import static dev.quarry.it.suite.loading.chinook.PlaylistTrack.PLAYLIST_TRACK;
import static dev.quarry.it.suite.loading.chinook.Track.TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.Database;
import dev.quarry.Row;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Eager loading over the Chinook sample: Artist → Album → Track, Employee.ReportsTo as a self-reference,
 * Playlist ↔ Track through PlaylistTrack, and Invoice → InvoiceLine, checked against GROUP BY counts and sums
 * computed by the database, with the statements counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChinookLoadSuite {

    /** The database under test. */
    protected abstract Database db();

    @BeforeAll
    void load() {
        ChinookData.ensureLoaded(db());
    }

    public record TrackItem(int trackId, String name) {
    }

    public record AlbumItem(int albumId, String title, List<TrackItem> tracks) {
    }

    public record ArtistWithAlbums(int artistId, String name, List<AlbumItem> albums) {
    }

    private Map<Integer, Long> counts(dev.quarry.Column<Integer> key) {
        Map<Integer, Long> m = new HashMap<>();
        for (var r : select(key, count()).from(key.table()).groupBy(key).fetch(db())) {
            if (r.v1() != null) {
                m.put(r.v1(), r.v2());
            }
        }
        return m;
    }

    @Test
    void artistsAlbumsAndTracksLoadInThreeQueries() {
        CountingDataSource ds = new CountingDataSource(db());
        List<Row> artists = ARTIST.select().with(ARTIST.ALBUMS.with(ALBUM.TRACKS)).fetch(ds.database());
        assertEquals(3, ds.count());
        assertEquals(275, artists.size());
        Map<Integer, Long> albumsPerArtist = counts(ALBUM.ARTIST_ID);
        Map<Integer, Long> tracksPerAlbum = counts(TRACK.ALBUM_ID);
        int tracks = 0;
        for (Row artist : artists) {
            List<Row> albums = artist.get(ARTIST.ALBUMS);
            assertEquals(albumsPerArtist.getOrDefault(artist.get(ARTIST.ARTIST_ID), 0L), albums.size());
            for (Row album : albums) {
                assertEquals(tracksPerAlbum.getOrDefault(album.get(ALBUM.ALBUM_ID), 0L),
                        album.get(ALBUM.TRACKS).size());
                tracks += album.get(ALBUM.TRACKS).size();
            }
        }
        assertEquals(3503, tracks);
    }

    @Test
    void artistsFillNestedRecords() {
        List<ArtistWithAlbums> acdc = ARTIST.select().where(ARTIST.NAME.eq("AC/DC"))
                .with(ARTIST.ALBUMS.orderBy(ALBUM.TITLE).with(ALBUM.TRACKS.orderBy(TRACK.TRACK_ID)))
                .fetchInto(db(), ArtistWithAlbums.class);
        assertEquals(1, acdc.size());
        List<AlbumItem> albums = acdc.get(0).albums();
        assertEquals(List.of("For Those About To Rock We Salute You", "Let There Be Rock"),
                albums.stream().map(AlbumItem::title).toList());
        assertEquals(10, albums.get(0).tracks().size());
        assertEquals(8, albums.get(1).tracks().size());
        assertEquals(new TrackItem(1, "For Those About To Rock (We Salute You)"), albums.get(0).tracks().get(0));
    }

    @Test
    void employeesReportToEmployees() {
        CountingDataSource ds = new CountingDataSource(db());
        List<Row> staff = EMPLOYEE.select().orderBy(EMPLOYEE.EMPLOYEE_ID)
                .with(EMPLOYEE.MANAGER, EMPLOYEE.REPORTS.with(EMPLOYEE.REPORTS)).fetch(ds.database());
        assertEquals(4, ds.count());
        Map<Integer, Long> reports = counts(EMPLOYEE.REPORTS_TO);
        for (Row e : staff) {
            assertEquals(reports.getOrDefault(e.get(EMPLOYEE.EMPLOYEE_ID), 0L), e.get(EMPLOYEE.REPORTS).size());
            Row manager = e.get(EMPLOYEE.MANAGER);
            assertEquals(e.get(EMPLOYEE.REPORTS_TO), manager == null ? null : manager.get(EMPLOYEE.EMPLOYEE_ID));
        }
        Row adams = staff.get(0);
        assertNull(adams.get(EMPLOYEE.MANAGER), "the general manager reports to no one");
        Row edwards = adams.get(EMPLOYEE.REPORTS).stream()
                .filter(r -> r.get(EMPLOYEE.LAST_NAME).equals("Edwards")).findFirst().orElseThrow();
        assertEquals(3, edwards.get(EMPLOYEE.REPORTS).size(), "Edwards manages the three sales agents");
    }

    @Test
    void playlistsAndTracksLoadThroughPlaylistTrack() {
        CountingDataSource ds = new CountingDataSource(db());
        List<Row> playlists = PLAYLIST.select().with(PLAYLIST.TRACKS).fetch(ds.database());
        assertEquals(2, ds.count());
        Map<Integer, Long> sizes = counts(PLAYLIST_TRACK.PLAYLIST_ID);
        int links = 0;
        for (Row p : playlists) {
            assertEquals(sizes.getOrDefault(p.get(PLAYLIST.PLAYLIST_ID), 0L), p.get(PLAYLIST.TRACKS).size());
            links += p.get(PLAYLIST.TRACKS).size();
        }
        assertEquals(8715, links);
        Row track = TRACK.select().where(TRACK.TRACK_ID.eq(1)).with(TRACK.PLAYLISTS).fetchSingle(db());
        assertEquals(counts(PLAYLIST_TRACK.TRACK_ID).get(1), track.get(TRACK.PLAYLISTS).size());
    }

    @Test
    void invoiceLinesAddUpToTheInvoiceTotal() {
        CountingDataSource ds = new CountingDataSource(db());
        List<Row> invoices = INVOICE.select().with(INVOICE.LINES.with(INVOICE_LINE.TRACK.with(TRACK.ALBUM)))
                .fetch(ds.database());
        assertEquals(4, ds.count());
        assertEquals(412, invoices.size());
        for (Row invoice : invoices) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Row line : invoice.get(INVOICE.LINES)) {
                sum = sum.add(line.get(INVOICE_LINE.UNIT_PRICE).multiply(BigDecimal.valueOf(line.get(INVOICE_LINE.QUANTITY))));
                Row track = line.get(INVOICE_LINE.TRACK);
                assertEquals(line.get(INVOICE_LINE.TRACK_ID), track.get(TRACK.TRACK_ID));
                assertEquals(track.get(TRACK.ALBUM_ID), track.get(TRACK.ALBUM).get(ALBUM.ALBUM_ID));
            }
            assertEquals(0, invoice.get(INVOICE.TOTAL).compareTo(sum), "invoice " + invoice.get(INVOICE.INVOICE_ID));
        }
    }
}
