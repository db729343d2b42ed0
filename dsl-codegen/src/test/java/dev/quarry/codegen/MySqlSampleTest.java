package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quarry.Database;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.dialect.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinook and Sakila on MariaDB (loaded with the {@code mariadb} client into {@code quarry_cg_*}): generate,
 * compile with -Werror, then checks (a), (b) and (c).
 */
class MySqlSampleTest {

    @Test
    void chinook() throws Exception {
        String url = Samples.mysql("chinook", "PlaylistTrack", 8715);
        SampleCheck check = new SampleCheck("mysql_chinook", url, "root", "", "ChinookQueries");
        assertEquals(11, check.schema.tables().size());
        assertEquals("VARCHAR(160)", check.schema.table("Album").column("Title").type().quarryType());
        check.assertModelMatchesDatabase();
        check.assertQueriesMatch("ChinookQueries", SqliteSampleTest.chinookSql());
        roundTrip(check, Samples.db("cg_rt_chinook"));
    }

    @Test
    void sakila() throws Exception {
        String url = Samples.mysql("sakila", "rental", 16044);
        SampleCheck check = new SampleCheck("mysql_sakila", url, "root", "", "SakilaQueries");
        SchemaInfo s = check.schema;
        assertEquals(23, s.tables().size());
        assertEquals(7, s.tables().stream().filter(t -> t.view()).count());
        // The MySQL quirks: unsigned widening, ENUM and SET as VARCHAR, YEAR as SMALLINT.
        assertEquals("INTEGER", s.table("actor").column("actor_id").type().quarryType());
        assertEquals("SMALLINT", s.table("category").column("category_id").type().quarryType());
        assertEquals("VARCHAR(5)", s.table("film").column("rating").type().quarryType());
        assertEquals("VARCHAR(54)", s.table("film").column("special_features").type().quarryType());
        assertEquals("SMALLINT", s.table("film").column("release_year").type().quarryType());
        assertEquals("BOOLEAN", s.table("customer").column("active").type().quarryType());
        assertEquals("BLOB", s.table("staff").column("picture").type().quarryType());
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
        roundTrip(check.creatable("mysql_sakila_tables"), Samples.db("cg_rt_sakila"));
    }

    /** (b) with the MySQL dialect. */
    static void roundTrip(SampleCheck check, String database) throws Exception {
        Dialect dialect = check.dialect();
        assertNotNull(dialect, "a MySQL dialect");
        String url = Samples.recreateMysql(database);
        try (Database db = Database.open(url, "root", "")) {
            check.assertRoundTrip(db, url);
        }
    }
}
