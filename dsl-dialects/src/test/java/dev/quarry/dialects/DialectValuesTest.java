package dev.quarry.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.dialects.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

/** The dialect values: found by URL and product, capabilities by server version. */
class DialectValuesTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);
    private static final Dialect MARIADB_105 = MySqlDialect.mariaDb(10, 5);
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    @Test
    void isFoundByUrl() {
        assertEquals(SQLITE, DialectLookup.forUrl("jdbc:sqlite:app.db"));
    }

    @Test
    void foundByUrlAndByProduct() {
        assertEquals(MYSQL, DialectLookup.forUrl("jdbc:mysql://localhost:3306/app"));
        assertEquals(MYSQL, DialectLookup.forUrl("jdbc:mariadb://localhost/app"));
        assertTrue(MYSQL.acceptsProduct("MySQL"));
        assertTrue(MYSQL.acceptsProduct("MariaDB"));
        assertFalse(MYSQL.driver().acceptsUrl("jdbc:postgresql://localhost/app"));
    }

    @Test
    void versionDecidesCapabilities() {
        MySqlDialect maria = MySqlDialect.forVersion("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1");
        assertSame(MARIADB, maria);
        assertEquals("MariaDB", maria.name());
        assertTrue(maria.supports(Capability.RETURNING));
        assertFalse(maria.supports(Capability.RETURNING_ON_UPDATE));
        assertTrue(maria.supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertFalse(MARIADB_105.supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertSame(MARIADB, MySqlDialect.forVersion("MariaDB", "11.4.2-MariaDB"));

        MySqlDialect mysql = MySqlDialect.forVersion("MySQL", "8.0.36");
        assertSame(MYSQL, mysql);
        assertEquals("MySQL", mysql.name());
        assertFalse(mysql.supports(Capability.RETURNING));
        assertTrue(mysql.supports(Capability.GENERATED_KEYS));
        assertFalse(mysql.supports(Capability.FULL_JOIN));
        assertFalse(mysql.supports(Capability.NULLS_ORDER));
        assertFalse(MySqlDialect.forVersion("MySQL", "5.7.44").supports(Capability.FOR_UPDATE_SKIP_LOCKED));
        assertNotSame(MYSQL, new MySqlDialect());
        assertEquals(MYSQL, new MySqlDialect());
        assertEquals(Integer.MIN_VALUE, MYSQL.driver().streamFetchSize());
        assertEquals("UTC", MYSQL.driver().connectionProperties().get("connectionTimeZone"));
    }

    @Test
    void foundByUrlAndProductName() {
        assertSame(PostgresDialect.class, DialectLookup.forUrl("jdbc:postgresql://localhost:5432/app").getClass());
        assertEquals(POSTGRES.capabilities(), DialectLookup.forUrl("jdbc:postgresql://localhost/app").capabilities());
        assertTrue(POSTGRES.acceptsProduct("PostgreSQL"));
        assertTrue(!POSTGRES.driver().acceptsUrl("jdbc:mysql://localhost/app"));
        assertEquals("PostgreSQL", POSTGRES.name());
    }

    @Test
    void capabilities() {
        assertEquals(java.util.EnumSet.of(Capability.RETURNING, Capability.RETURNING_ON_UPDATE, Capability.RIGHT_JOIN,
                Capability.FULL_JOIN, Capability.UPSERT, Capability.FOR_UPDATE, Capability.FOR_UPDATE_SKIP_LOCKED,
                Capability.NULLS_ORDER, Capability.ALTER_ADD_FOREIGN_KEY, Capability.TRANSACTIONAL_DDL,
                Capability.WINDOW_FUNCTIONS, Capability.INTERSECT_EXCEPT, Capability.INTERSECT_EXCEPT_ALL,
                Capability.QUANTIFIED_COMPARISON, Capability.UPDATE_FROM),
                POSTGRES.capabilities());
        assertTrue(POSTGRES.driver().streamInTransaction(), "the driver only uses a cursor with autocommit off");
    }
}
