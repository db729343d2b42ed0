package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.dialect.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinook and Sakila on PostgreSQL (loaded with {@code psql} into {@code quarry_cg_*}): generate, compile with
 * -Werror, then checks (a), (b) and (c).
 */
class PostgresSampleTest {

    @Test
    void chinook() throws Exception {
        String url = Samples.postgres("chinook", "playlist_track", 8715);
        SampleCheck check = new SampleCheck("pg_chinook", url, "postgres", "", "ChinookQueries");
        assertEquals(11, check.schema.tables().size());
        check.assertModelMatchesDatabase();
        Map<String, String> q = new LinkedHashMap<>();
        q.put("albums_of_artist", "SELECT a.title, ar.name FROM album a JOIN artist ar ON ar.artist_id = a.artist_id"
                + " WHERE ar.name = 'AC/DC' ORDER BY a.title");
        q.put("tracks_per_genre", "SELECT g.name, COUNT(t.track_id) FROM genre g JOIN track t ON t.genre_id = g.genre_id"
                + " GROUP BY g.name ORDER BY g.name");
        q.put("managers", "SELECT e.last_name, m.last_name FROM employee e LEFT JOIN employee m"
                + " ON e.reports_to = m.employee_id ORDER BY e.employee_id");
        q.put("invoices_of_customer", "SELECT invoice_id, total FROM invoice WHERE customer_id = 1 ORDER BY invoice_id");
        q.put("tracks_of_album", "SELECT t.name FROM track t JOIN album a ON a.album_id = t.album_id"
                + " WHERE a.title = 'Let There Be Rock' ORDER BY t.track_id");
        q.put("albums_via_to_many", "SELECT ar.name, a.title FROM artist ar JOIN album a ON a.artist_id = ar.artist_id"
                + " WHERE ar.name LIKE 'Led%' ORDER BY a.title");
        check.assertQueriesMatch("ChinookQueries", q);
        roundTrip(check, Samples.db("cg_rt_chinook"));
    }

    @Test
    void sakila() throws Exception {
        String url = Samples.postgres("sakila", "rental", 16044);
        SampleCheck check = new SampleCheck("pg_sakila", url, "postgres", "", "SakilaQueries");
        SchemaInfo s = check.schema;
        assertEquals(7, s.tables().stream().filter(t -> t.view()).count());
        // The PostgreSQL quirks: a user enum as VARCHAR, a domain as its base type, arrays and tsvector the fallback.
        assertEquals("VARCHAR(5)", s.table("film").column("rating").type().quarryType());
        assertEquals("INTEGER", s.table("film").column("release_year").type().quarryType());
        assertEquals("OTHER", s.table("film").column("special_features").type().quarryType());
        assertEquals("OTHER", s.table("film").column("fulltext").type().quarryType());
        assertTrue(check.result.warnings().stream().anyMatch(w -> w.contains("film, column special_features")),
                check.result.warnings().toString());
        check.assertModelMatchesDatabase();
        Map<String, String> q = new LinkedHashMap<>();
        q.put("busiest_actors", "SELECT a.first_name, a.last_name, COUNT(fa.film_id) FROM actor a"
                + " JOIN film_actor fa ON fa.actor_id = a.actor_id GROUP BY a.actor_id, a.first_name, a.last_name"
                + " ORDER BY COUNT(fa.film_id) DESC, a.actor_id LIMIT 5");
        q.put("films_with_language", "SELECT f.title, f.rating, l.name FROM film f JOIN language l"
                + " ON l.language_id = f.language_id WHERE f.title LIKE 'AL%' ORDER BY f.title");
        q.put("best_customers", "SELECT c.customer_id, c.last_name, SUM(p.amount) FROM customer c"
                + " JOIN payment p ON p.customer_id = c.customer_id GROUP BY c.customer_id, c.last_name"
                + " ORDER BY SUM(p.amount) DESC, c.customer_id LIMIT 3");
        q.put("customers_in_canada", "SELECT name, city FROM customer_list WHERE country = 'Canada' ORDER BY name");
        check.assertQueriesMatch("SakilaQueries", q);
        roundTrip(check.creatable("pg_sakila_tables"), Samples.db("cg_rt_sakila"));
    }

    /** (b) with the PostgreSQL dialect. */
    static void roundTrip(SampleCheck check, String database) throws Exception {
        Dialect dialect = check.dialect();
        assertNotNull(dialect, "a PostgreSQL dialect");
        Samples.recreatePostgres(database);
        String url = Samples.POSTGRES + database;
        try (Database db = Database.open(url, "postgres", "")) {
            check.assertRoundTrip(db, url);
        }
    }
}
