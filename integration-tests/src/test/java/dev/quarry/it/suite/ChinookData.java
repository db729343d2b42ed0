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

import dev.quarry.Database;
import dev.quarry.Table;
import dev.quarry.it.suite.loading.chinook.ChinookModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinook sample in the database under test: the sample's SQLite script ({@code shared/data/chinook}
 * beside the repository, or {@code QUARRY_SAMPLE_DATA}) is run into a SQLite file under {@code target/}, and
 * the rows of {@link ChinookModel}'s tables are copied from there with Quarry itself, so that every dialect
 * holds the same rows under the same names. Loaded once; a later run finds the rows and keeps them.
 */
public final class ChinookData {
    /** The rows of each table in Chinook 1.4.5. */
    public static final Map<Table<?>, Integer> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put(ARTIST, 275);
        ROWS.put(ALBUM, 347);
        ROWS.put(TRACK, 3503);
        ROWS.put(EMPLOYEE, 8);
        ROWS.put(PLAYLIST, 18);
        ROWS.put(PLAYLIST_TRACK, 8715);
        ROWS.put(INVOICE, 412);
        ROWS.put(INVOICE_LINE, 2240);
    }

    private ChinookData() {
    }

    /** Makes sure {@code db} holds the Chinook rows of {@link ChinookModel}. */
    public static synchronized void ensureLoaded(Database db) {
        if (complete(db)) {
            return;
        }
        ChinookModel.METADATA.dropAll(db);
        ChinookModel.METADATA.createAll(db);
        try (Database source = Database.open("jdbc:sqlite:" + sourceFile())) {
            db.batch(ARTIST.insert(ARTIST.ARTIST_ID, ARTIST.NAME),
                    select(ARTIST.ARTIST_ID, ARTIST.NAME).from(ARTIST).orderBy(ARTIST.ARTIST_ID).fetch(source)).execute();
            db.batch(ALBUM.insert(ALBUM.ALBUM_ID, ALBUM.TITLE, ALBUM.ARTIST_ID),
                    select(ALBUM.ALBUM_ID, ALBUM.TITLE, ALBUM.ARTIST_ID).from(ALBUM).orderBy(ALBUM.ALBUM_ID)
                            .fetch(source)).execute();
            db.batch(TRACK.insert(TRACK.TRACK_ID, TRACK.NAME, TRACK.ALBUM_ID, TRACK.MILLISECONDS, TRACK.UNIT_PRICE),
                    select(TRACK.TRACK_ID, TRACK.NAME, TRACK.ALBUM_ID, TRACK.MILLISECONDS, TRACK.UNIT_PRICE).from(TRACK)
                            .orderBy(TRACK.TRACK_ID).fetch(source)).execute();
            // managers come before their reports in id order
            db.batch(EMPLOYEE.insert(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME, EMPLOYEE.TITLE,
                    EMPLOYEE.REPORTS_TO), select(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME,
                            EMPLOYEE.TITLE, EMPLOYEE.REPORTS_TO).from(EMPLOYEE).orderBy(EMPLOYEE.EMPLOYEE_ID)
                            .fetch(source)).execute();
            db.batch(PLAYLIST.insert(PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME),
                    select(PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME).from(PLAYLIST).orderBy(PLAYLIST.PLAYLIST_ID)
                            .fetch(source)).execute();
            db.batch(PLAYLIST_TRACK.insert(PLAYLIST_TRACK.PLAYLIST_ID, PLAYLIST_TRACK.TRACK_ID),
                    select(PLAYLIST_TRACK.PLAYLIST_ID, PLAYLIST_TRACK.TRACK_ID).from(PLAYLIST_TRACK).fetch(source))
                    .execute();
            db.batch(INVOICE.insert(INVOICE.INVOICE_ID, INVOICE.CUSTOMER_ID, INVOICE.BILLING_COUNTRY, INVOICE.TOTAL),
                    select(INVOICE.INVOICE_ID, INVOICE.CUSTOMER_ID, INVOICE.BILLING_COUNTRY, INVOICE.TOTAL)
                            .from(INVOICE).orderBy(INVOICE.INVOICE_ID).fetch(source)).execute();
            db.batch(INVOICE_LINE.insert(INVOICE_LINE.INVOICE_LINE_ID, INVOICE_LINE.INVOICE_ID, INVOICE_LINE.TRACK_ID,
                    INVOICE_LINE.UNIT_PRICE, INVOICE_LINE.QUANTITY), select(INVOICE_LINE.INVOICE_LINE_ID,
                            INVOICE_LINE.INVOICE_ID, INVOICE_LINE.TRACK_ID, INVOICE_LINE.UNIT_PRICE,
                            INVOICE_LINE.QUANTITY).from(INVOICE_LINE).fetch(source)).execute();
        }
        if (!complete(db)) {
            throw new IllegalStateException("the Chinook rows did not load completely");
        }
    }

    private static boolean complete(Database db) {
        try {
            for (Map.Entry<Table<?>, Integer> e : ROWS.entrySet()) {
                if (select(count()).from(e.getKey()).fetchSingle(db).v1() != e.getValue().longValue()) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The sample's SQLite script run into {@code target/samples/chinook-source-qt.db}, once, its tables renamed
     * to {@link ChinookModel}'s ({@code Artist} to {@code qt_Artist} ...), so that the tests' tables never take
     * a name of the database under test.
     */
    private static Path sourceFile() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "samples"));
            Path db = dir.resolve("chinook-source-qt.db");
            if (Files.exists(db)) {
                return db;
            }
            Path tmp = dir.resolve("chinook-source-qt.loading.db");
            Files.deleteIfExists(tmp);
            String sql = Files.readString(dataDir().resolve("chinook").resolve("sqlite.sql"), StandardCharsets.UTF_8);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                for (Table<?> t : ChinookModel.METADATA.tables()) {
                    s.executeUpdate("ALTER TABLE \"" + t.name().substring("qt_".length()) + "\" RENAME TO \""
                            + t.name() + "\"");
                }
            }
            Files.move(tmp, db);
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the Chinook source database: " + e, e);
        }
    }

    /** The shared sample data: {@code QUARRY_SAMPLE_DATA}, else {@code shared/data} beside an enclosing folder. */
    private static Path dataDir() {
        String env = System.getenv("QUARRY_SAMPLE_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("chinook"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample data not found: expected shared/data beside the repository "
                + "(or set QUARRY_SAMPLE_DATA)");
    }
}
