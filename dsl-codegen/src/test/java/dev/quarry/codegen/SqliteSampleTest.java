package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chinook and Sakila for SQLite: generate, compile with -Werror, then checks (a), (b) and (c). */
class SqliteSampleTest {

    static Map<String, String> chinookSql() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("albums_of_artist", "SELECT a.Title, ar.Name FROM Album a JOIN Artist ar ON ar.ArtistId = a.ArtistId"
                + " WHERE ar.Name = 'AC/DC' ORDER BY a.Title");
        q.put("tracks_per_genre", "SELECT g.Name, COUNT(t.TrackId) FROM Genre g JOIN Track t ON t.GenreId = g.GenreId"
                + " GROUP BY g.Name ORDER BY g.Name");
        q.put("managers", "SELECT e.LastName, m.LastName FROM Employee e LEFT JOIN Employee m ON e.ReportsTo = m.EmployeeId"
                + " ORDER BY e.EmployeeId");
        q.put("invoices_of_customer", "SELECT InvoiceId, Total FROM Invoice WHERE CustomerId = 1 ORDER BY InvoiceId");
        q.put("tracks_of_album", "SELECT t.Name FROM Track t JOIN Album a ON a.AlbumId = t.AlbumId"
                + " WHERE a.Title = 'Let There Be Rock' ORDER BY t.TrackId");
        q.put("albums_via_to_many", "SELECT ar.Name, a.Title FROM Artist ar JOIN Album a ON a.ArtistId = ar.ArtistId"
                + " WHERE ar.Name LIKE 'Led%' ORDER BY a.Title");
        return q;
    }

    @Test
    void chinook() throws Exception {
        Path file = Samples.sqlite("chinook");
        SampleCheck check = new SampleCheck("sqlite_chinook", "jdbc:sqlite:" + file, null, null, "ChinookQueries");
        assertEquals(11, check.schema.tables().size());
        assertEquals("DECIMAL(10, 2)", check.schema.table("Invoice").column("Total").type().quarryType());
        assertEquals("VARCHAR(160)", check.schema.table("Album").column("Title").type().quarryType());
        assertEquals("TIMESTAMP", check.schema.table("Invoice").column("InvoiceDate").type().quarryType());
        check.assertModelMatchesDatabase();
        check.assertQueriesMatch("ChinookQueries", chinookSql());
        Path empty = Files.createDirectories(Path.of("target", "samples")).resolve("roundtrip-chinook.db");
        Files.deleteIfExists(empty);
        try (Database db = Database.open("jdbc:sqlite:" + empty)) {
            check.assertRoundTrip(db, "jdbc:sqlite:" + empty);
        }
    }

    @Test
    void sakila() throws Exception {
        Path file = Samples.sqlite("sakila");
        SampleCheck check = new SampleCheck("sqlite_sakila", "jdbc:sqlite:" + file, null, null, null);
        assertEquals(21, check.schema.tables().size());
        assertEquals(5, check.schema.tables().stream().filter(t -> t.view()).count());
        check.assertModelMatchesDatabase();
        // Views whose columns are expressions have no declared type: the fallback, with a warning naming them.
        assertTrue(check.result.warnings().stream().anyMatch(w -> w.contains("column") && w.contains("OTHER")),
                check.result.warnings().toString());
        Path empty = Path.of("target", "samples", "roundtrip-sakila.db");
        Files.deleteIfExists(empty);
        SampleCheck tablesOnly = check.creatable("sqlite_sakila_tables");
        assertEquals(16, tablesOnly.schema.tables().size());
        try (Database db = Database.open("jdbc:sqlite:" + empty)) {
            tablesOnly.assertRoundTrip(db, "jdbc:sqlite:" + empty);
        }
    }
}
