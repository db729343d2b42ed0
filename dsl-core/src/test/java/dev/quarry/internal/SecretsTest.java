package dev.quarry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Every form of password a JDBC URL can hold is masked in texts and taken out of the URL the pool sees. */
class SecretsTest {
    private static final String PW = "s3cr%40t";
    private static final String DECODED = "s3cr@t";

    private static void masked(String url) {
        Secrets s = Secrets.of(url, null);
        String text = "cannot connect to " + url + " (password " + DECODED + ")";
        String m = s.mask(text);
        assertFalse(m.contains(PW), m);
        assertFalse(m.contains(DECODED), m);
        assertTrue(m.contains("***"), m);
        assertFalse(s.url().contains(PW), s.url());
    }

    @Test
    void userInfo() {
        Secrets s = Secrets.of("jdbc:mysql://root:" + PW + "@db:3306/shop?sslMode=DISABLED", null);
        assertEquals("jdbc:mysql://db:3306/shop?sslMode=DISABLED", s.url());
        assertEquals("root", s.user());
        assertEquals(DECODED, s.password());
        assertEquals("jdbc:mysql://root:***@db:3306/shop", s.mask("jdbc:mysql://root:" + PW + "@db:3306/shop"));
        masked("jdbc:mysql://root:" + PW + "@db:3306/shop");
        masked("jdbc:mariadb://root:" + PW + "@db/shop");
    }

    @Test
    void queryParameters() {
        Secrets first = Secrets.of("jdbc:postgresql://db/shop?password=" + PW + "&user=app", null);
        assertEquals("jdbc:postgresql://db/shop?user=app", first.url());
        assertEquals(DECODED, first.password());
        Secrets last = Secrets.of("jdbc:postgresql://db/shop?user=app&PASSWORD=" + PW, null);
        assertEquals("jdbc:postgresql://db/shop?user=app", last.url());
        masked("jdbc:postgresql://db/shop?user=app&password=" + PW + "&ssl=true");
        masked("jdbc:sqlite:app.db?password=" + PW);
    }

    @Test
    void semicolonParameters() {
        Secrets s = Secrets.of("jdbc:sqlserver://db;user=app;password=" + PW + ";encrypt=true", null);
        assertEquals("jdbc:sqlserver://db;user=app;encrypt=true", s.url());
        masked("jdbc:sqlserver://db;user=app;password=" + PW);
    }

    @Test
    void keyValueHosts() {
        Secrets s = Secrets.of("jdbc:mysql://(host=db,port=3306,password=" + PW + ",user=app)/shop", null);
        assertEquals("jdbc:mysql://(host=db,port=3306,user=app)/shop", s.url());
        assertEquals(DECODED, s.password());
        masked("jdbc:mysql://(host=db,password=" + PW + ")/shop");
        masked("jdbc:mysql://(password=" + PW + ",host=db)/shop");
    }

    @Test
    void otherPasswordParametersAreMaskedAndKept() {
        Secrets s = Secrets.of("jdbc:mysql://db/shop?trustCertificateKeyStorePassword=" + PW, null);
        assertEquals("jdbc:mysql://db/shop?trustCertificateKeyStorePassword=" + PW, s.url());
        assertNull(s.password());
        assertEquals("at jdbc:mysql://db/shop?trustCertificateKeyStorePassword=***", s.mask("at " + s.url()));
        Secrets ssl = Secrets.of("jdbc:postgresql://db/shop?sslpassword=" + PW + "&ssl=true", null);
        assertEquals("jdbc:postgresql://db/shop?sslpassword=***&ssl=true", ssl.mask(ssl.url()));
    }

    @Test
    void aPasswordGivenApart() {
        Secrets s = Secrets.of("jdbc:postgresql://db/shop", "hunter2");
        assertEquals("jdbc:postgresql://db/shop", s.url());
        assertEquals("login failed for *** at db", s.mask("login failed for hunter2 at db"));
    }

    @Test
    void aCauseChainIsCopiedOnlyWhenItLeaks() {
        Secrets s = Secrets.of("jdbc:mysql://root:hunter2@db/shop", null);
        RuntimeException clean = new RuntimeException("refused", new SQLException("no route", "08001", 0));
        assertSame(clean, s.mask(clean));
        SQLException inner = new SQLException("bad url jdbc:mysql://root:hunter2@db/shop", "08001", 1045);
        RuntimeException leaking = new RuntimeException("pool failed", inner);
        Throwable copy = s.mask(leaking);
        SQLException innerCopy = (SQLException) copy.getCause();
        assertFalse(innerCopy.getMessage().contains("hunter2"), innerCopy.getMessage());
        assertEquals("08001", innerCopy.getSQLState());
        assertEquals(1045, innerCopy.getErrorCode());
        assertEquals(inner.getStackTrace().length, innerCopy.getStackTrace().length);
    }
}
