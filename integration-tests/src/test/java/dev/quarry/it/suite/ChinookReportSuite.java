package dev.quarry.it.suite;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.lag;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.orderBy;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.withRecursive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.Row;
import dev.quarry.Select1;
import dev.quarry.SqlType;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.it.suite.chinook.Chinook;
import dev.quarry.it.suite.chinook.Customer;
import dev.quarry.it.suite.chinook.Invoice;
import dev.quarry.it.suite.chinook.Track;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Analytical reports over the Chinook sample, each written with Quarry and by hand in plain SQL, which must
 * give the same rows. A subclass per dialect supplies the loaded sample ({@link #db()}) and its spelling
 * ({@link #chinook()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChinookReportSuite {

    /** The database holding the Chinook sample. */
    protected abstract Database db();

    /** The sample's spelling on that database. */
    protected abstract Chinook chinook();

    /**
     * Top customer per country: each customer's spending in a derived table, kept where it equals the largest
     * spending of the customer's country (a correlated subquery over a second copy of the derived table):
     * the way to write it without window functions.
     */
    @Test
    void topCustomerPerCountry() {
        Chinook ch = chinook();
        var c = ch.CUSTOMER;
        var i = ch.INVOICE;
        Field<BigDecimal> spent = sum(i.TOTAL).as("spent");
        var perCustomer = select(i.CUSTOMER_ID, spent).from(i).groupBy(i.CUSTOMER_ID);
        var s = perCustomer.asTable("s");
        var s2 = perCustomer.asTable("s2");
        Customer c2 = c.as("c2");
        Field<BigDecimal> best = select(max(s2.field(spent))).from(s2).join(c2)
                .on(c2.CUSTOMER_ID.eq(s2.field(i.CUSTOMER_ID))).where(c2.COUNTRY.eq(c.COUNTRY)).asField();
        var q = select(c.COUNTRY, c.FIRST_NAME, c.LAST_NAME, s.field(spent)).from(c).join(s)
                .on(s.field(i.CUSTOMER_ID).eq(c.CUSTOMER_ID)).where(s.field(spent).eq(best))
                .orderBy(c.COUNTRY, c.LAST_NAME);
        String byHand = """
                SELECT c.{Country}, c.{FirstName}, c.{LastName}, s.spent FROM {Customer} c
                JOIN (SELECT {CustomerId}, SUM({Total}) AS spent FROM {Invoice} GROUP BY {CustomerId}) s
                  ON s.{CustomerId} = c.{CustomerId}
                WHERE s.spent = (SELECT MAX(s2.spent)
                  FROM (SELECT {CustomerId}, SUM({Total}) AS spent FROM {Invoice} GROUP BY {CustomerId}) s2
                  JOIN {Customer} c2 ON c2.{CustomerId} = s2.{CustomerId} WHERE c2.{Country} = c.{Country})
                ORDER BY c.{Country}, c.{LastName}""";
        List<String> rows = same(q.fetch(db()), byHand);
        // 24 countries; three customers in the United Kingdom tie
        assertEquals(26, rows.size(), rows::toString);
        assertTrue(rows.contains("USA|Richard|Cunningham|47.62"), rows::toString);
    }

    /**
     * Top customer per country with a window ("top N per group"): each customer's spending ranked within the
     * country by {@code RANK() OVER (PARTITION BY country ORDER BY SUM(total) DESC)} in a derived table, the
     * first rank kept outside it. Ties share the first rank, so it matches the report without windows above.
     */
    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void topCustomerPerCountryWithAWindow() {
        Chinook ch = chinook();
        var c = ch.CUSTOMER;
        var i = ch.INVOICE;
        Field<BigDecimal> spent = sum(i.TOTAL).as("spent");
        Field<Long> place = rank().over(partitionBy(c.COUNTRY).orderBy(sum(i.TOTAL).desc())).as("place");
        var ranked = select(c.COUNTRY, c.FIRST_NAME, c.LAST_NAME, spent, place).from(c).join(i)
                .on(i.CUSTOMER_ID.eq(c.CUSTOMER_ID)).groupBy(c.CUSTOMER_ID, c.COUNTRY, c.FIRST_NAME, c.LAST_NAME)
                .asTable("r");
        var q = select(ranked.field(c.COUNTRY), ranked.field(c.FIRST_NAME), ranked.field(c.LAST_NAME),
                ranked.field(spent)).from(ranked).where(ranked.field(place).eq(1L))
                .orderBy(ranked.field(c.COUNTRY), ranked.field(c.LAST_NAME));
        String byHand = """
                SELECT r.{Country}, r.{FirstName}, r.{LastName}, r.spent FROM (
                  SELECT c.{Country}, c.{FirstName}, c.{LastName}, SUM(i.{Total}) AS spent,
                         RANK() OVER (PARTITION BY c.{Country} ORDER BY SUM(i.{Total}) DESC) AS place
                  FROM {Customer} c JOIN {Invoice} i ON i.{CustomerId} = c.{CustomerId}
                  GROUP BY c.{CustomerId}, c.{Country}, c.{FirstName}, c.{LastName}) r
                WHERE r.place = 1 ORDER BY r.{Country}, r.{LastName}""";
        List<String> rows = same(q.fetch(db()), byHand);
        assertEquals(26, rows.size(), rows::toString);
        assertTrue(rows.contains("USA|Richard|Cunningham|47.62"), rows::toString);
    }

    /** Revenue per genre with its rank: {@code RANK() OVER (ORDER BY SUM(..) DESC)} beside the GROUP BY. */
    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void revenuePerGenreWithItsRank() {
        Chinook ch = chinook();
        var il = ch.INVOICE_LINE;
        var t = ch.TRACK;
        var g = ch.GENRE;
        Field<BigDecimal> revenue = sum(il.UNIT_PRICE.mul(il.QUANTITY)).as("revenue");
        Field<Long> place = rank().over(orderBy(sum(il.UNIT_PRICE.mul(il.QUANTITY)).desc())).as("place");
        var q = select(g.NAME, revenue, place).from(il).join(t).on(t.TRACK_ID.eq(il.TRACK_ID)).join(g)
                .on(g.GENRE_ID.eq(t.GENRE_ID)).groupBy(g.NAME).orderBy(place, g.NAME);
        String byHand = """
                SELECT g.{Name}, SUM(il.{UnitPrice} * il.{Quantity}) AS revenue,
                       RANK() OVER (ORDER BY SUM(il.{UnitPrice} * il.{Quantity}) DESC) AS place
                FROM {InvoiceLine} il
                JOIN {Track} t ON t.{TrackId} = il.{TrackId} JOIN {Genre} g ON g.{GenreId} = t.{GenreId}
                GROUP BY g.{Name} ORDER BY place, g.{Name}""";
        List<String> rows = same(q.fetch(db()), byHand);
        assertEquals("Rock|826.65|1.00", rows.get(0));
        assertTrue(rows.get(1).endsWith("|2.00"), rows::toString);
    }

    /** Each invoice with the date of the same customer's previous invoice: {@code LAG(date) OVER (..)}. */
    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void eachInvoiceWithTheCustomersPreviousInvoiceDate() {
        Invoice i = chinook().INVOICE;
        Field<LocalDateTime> previous = lag(i.INVOICE_DATE)
                .over(partitionBy(i.CUSTOMER_ID).orderBy(i.INVOICE_DATE, i.INVOICE_ID)).as("previous");
        var q = select(i.INVOICE_ID, i.CUSTOMER_ID, i.INVOICE_DATE, previous).from(i).orderBy(i.INVOICE_ID);
        String byHand = """
                SELECT {InvoiceId}, {CustomerId}, {InvoiceDate},
                       LAG({InvoiceDate}) OVER (PARTITION BY {CustomerId} ORDER BY {InvoiceDate}, {InvoiceId})
                FROM {Invoice} ORDER BY {InvoiceId}""";
        var result = q.fetch(db());
        List<String> rows = same(result, byHand);
        assertEquals(412, rows.size());
        assertNull(result.get(0).v4(), "the first invoice of customer 2 has no previous one");
        assertEquals(LocalDateTime.of(2021, 1, 1, 0, 0), result.get(0).v3());
        long firsts = result.stream().filter(r -> r.v4() == null).count();
        assertEquals(59, firsts, "one first invoice per customer");
    }

    @Test
    @RequiresNot(Capability.WINDOW_FUNCTIONS)
    void windowReportsNeedWindowFunctions() {
        Invoice i = chinook().INVOICE;
        assertThrows(UnsupportedFeatureException.class, () -> select(i.INVOICE_ID,
                lag(i.INVOICE_DATE).over(partitionBy(i.CUSTOMER_ID).orderBy(i.INVOICE_ID))).from(i).fetch(db()));
    }

    /** Revenue per genre, largest first. */
    @Test
    void revenuePerGenre() {
        Chinook ch = chinook();
        var il = ch.INVOICE_LINE;
        var t = ch.TRACK;
        var g = ch.GENRE;
        Field<BigDecimal> revenue = sum(il.UNIT_PRICE.mul(il.QUANTITY)).as("revenue");
        var q = select(g.NAME, revenue).from(il).join(t).on(t.TRACK_ID.eq(il.TRACK_ID)).join(g)
                .on(g.GENRE_ID.eq(t.GENRE_ID)).groupBy(g.NAME).orderBy(revenue.desc(), g.NAME);
        String byHand = """
                SELECT g.{Name}, SUM(il.{UnitPrice} * il.{Quantity}) AS revenue FROM {InvoiceLine} il
                JOIN {Track} t ON t.{TrackId} = il.{TrackId} JOIN {Genre} g ON g.{GenreId} = t.{GenreId}
                GROUP BY g.{Name} ORDER BY revenue DESC, g.{Name}""";
        List<String> rows = same(q.fetch(db()), byHand);
        assertEquals("Rock|826.65", rows.get(0));
    }

    /** Tracks longer than the average track of their album (a correlated scalar subquery). */
    @Test
    void tracksLongerThanTheirAlbumsAverage() {
        Chinook ch = chinook();
        Track t = ch.TRACK;
        Track t2 = t.as("t2");
        var a = ch.ALBUM;
        Field<BigDecimal> albumAverage = select(avg(t2.MILLISECONDS)).from(t2).where(t2.ALBUM_ID.eq(t.ALBUM_ID))
                .asField();
        var q = select(t.NAME, a.TITLE).from(t).join(a).on(a.ALBUM_ID.eq(t.ALBUM_ID))
                .where(cast(t.MILLISECONDS, SqlType.decimal(20, 4)).gt(albumAverage)).orderBy(t.TRACK_ID);
        String byHand = """
                SELECT t.{Name}, a.{Title} FROM {Track} t JOIN {Album} a ON a.{AlbumId} = t.{AlbumId}
                WHERE t.{Milliseconds} > (SELECT AVG(t2.{Milliseconds}) FROM {Track} t2 WHERE t2.{AlbumId} = t.{AlbumId})
                ORDER BY t.{TrackId}""";
        List<String> rows = same(q.fetch(db()), byHand);
        assertTrue(rows.size() > 1000 && rows.size() < 3503, () -> rows.size() + " rows");
    }

    /** Artists with tracks in both Rock and Metal: two selects and INTERSECT. */
    @Test
    @Requires(Capability.INTERSECT_EXCEPT)
    void artistsInTwoGenres() {
        Chinook ch = chinook();
        var q = artistsIn(ch, "Rock").intersect(artistsIn(ch, "Metal")).orderBy(ch.ARTIST.NAME);
        String one = """
                SELECT ar.{Name} FROM {Artist} ar JOIN {Album} al ON al.{ArtistId} = ar.{ArtistId}
                JOIN {Track} t ON t.{AlbumId} = al.{AlbumId} JOIN {Genre} g ON g.{GenreId} = t.{GenreId}
                WHERE g.{Name} = '%s'""";
        List<String> rows = same(q.fetch(db()), one.formatted("Rock") + " INTERSECT " + one.formatted("Metal")
                + " ORDER BY 1");
        assertTrue(rows.contains("Iron Maiden"), rows::toString);
    }

    @Test
    @RequiresNot(Capability.INTERSECT_EXCEPT)
    void artistsInTwoGenresNeedIntersect() {
        Chinook ch = chinook();
        assertThrows(UnsupportedFeatureException.class,
                () -> artistsIn(ch, "Rock").intersect(artistsIn(ch, "Metal")).fetch(db()));
    }

    private static Select1<String> artistsIn(Chinook ch, String genre) {
        var ar = ch.ARTIST;
        var al = ch.ALBUM;
        var t = ch.TRACK;
        var g = ch.GENRE;
        return select(ar.NAME).from(ar).join(al).on(al.ARTIST_ID.eq(ar.ARTIST_ID)).join(t)
                .on(t.ALBUM_ID.eq(al.ALBUM_ID)).join(g).on(g.GENRE_ID.eq(t.GENRE_ID)).where(g.NAME.eq(genre));
    }

    /** The employee reporting tree, walked from the general manager down by a recursive CTE. */
    @Test
    void employeeReportingTree() {
        var e = chinook().EMPLOYEE;
        Field<Integer> depth = inline(0).as("depth");
        var tree = withRecursive("tree").as(self -> select(e.EMPLOYEE_ID, e.LAST_NAME, depth).from(e)
                .where(e.REPORTS_TO.isNull())
                .unionAll(select(e.EMPLOYEE_ID, e.LAST_NAME, self.field(depth).add(1)).from(e).join(self)
                        .on(e.REPORTS_TO.eq(self.field(e.EMPLOYEE_ID)))));
        var q = select(tree.field(e.LAST_NAME), tree.field(depth)).from(tree)
                .orderBy(tree.field(depth), tree.field(e.LAST_NAME));
        String byHand = """
                WITH RECURSIVE tree AS (
                  SELECT {EmployeeId}, {LastName}, 0 AS depth FROM {Employee} WHERE {ReportsTo} IS NULL
                  UNION ALL
                  SELECT e.{EmployeeId}, e.{LastName}, tree.depth + 1 FROM {Employee} e
                  JOIN tree ON e.{ReportsTo} = tree.{EmployeeId})
                SELECT {LastName}, depth FROM tree ORDER BY depth, {LastName}""";
        List<String> rows = same(q.fetch(db()), byHand);
        assertEquals(List.of("Adams|0.00", "Edwards|1.00", "Mitchell|1.00", "Callahan|2.00", "Johnson|2.00",
                "King|2.00", "Park|2.00", "Peacock|2.00"), rows);
    }

    /** Asserts that Quarry's rows equal those of the hand-written SQL, and returns them as text. */
    private List<String> same(List<? extends Row> quarry, String byHandTemplate) {
        List<String> expected = byHand(chinook().sql(byHandTemplate));
        List<String> actual = new ArrayList<>();
        for (Row r : quarry) {
            actual.add(line(r.values()));
        }
        assertEquals(expected, actual);
        return actual;
    }

    private List<String> byHand(String sql) {
        Connection c = db().acquireConnection();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getObject(i));
                }
                out.add(line(values));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        } finally {
            db().releaseConnection(c);
        }
    }

    /** Values joined by {@code |}; numbers to two decimals, so a driver's choice of Java type does not matter. */
    private static String line(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(v instanceof Number n ? new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP)
                    : dateTime(v));
        }
        return sb.toString();
    }

    /** A date and time as ISO text whatever the driver returned: a LocalDateTime, a Timestamp, SQLite's text. */
    private static Object dateTime(Object v) {
        if (v instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?")) {
            return LocalDateTime.parse(s.replace(' ', 'T'));
        }
        return v;
    }
}
