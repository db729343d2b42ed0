package dev.quarry.it.suite;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Texts.TEXTS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Logging: every statement at DEBUG on {@code dev.quarry.sql} with its values hidden unless the system
 * property {@code quarry.sql.logValues} turns them on; a WARN on {@code dev.quarry.sql.slow} for a statement
 * over {@code quarry.sql.slowThreshold}. Runs in the build's {@code sql-logging} test execution, which turns
 * DEBUG on for {@code dev.quarry.sql} (slf4j-simple, writing to standard error, captured here); each subclass
 * is enabled only there, so that {@code -Dtest=..} runs it once, in that execution.
 */
public abstract class LoggingSuite {

    /** The database under test. */
    protected abstract Database db();

    @AfterEach
    void clearSettings() {
        System.clearProperty("quarry.sql.logValues");
        System.clearProperty("quarry.sql.slowThreshold");
    }

    /** Runs {@code work} and returns what was logged meanwhile. */
    private static String logged(Runnable work) {
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private long insertSecret(String secret) {
        long id = ReliabilitySchema.nextId();
        TEXTS.insert().set(TEXTS.ID, id).set(TEXTS.TXT, secret).execute(db());
        return id;
    }

    @Test
    void statementsAreLoggedAtDebugWithTheirValuesHidden() {
        assertTrue(LoggerFactory.getLogger("dev.quarry.sql").isDebugEnabled(), "DEBUG is off for dev.quarry.sql");
        ReliabilitySchema.ready(db());
        String secret = "s3cr3t-" + System.nanoTime();
        String log = logged(() -> {
            long id = insertSecret(secret);
            select(TEXTS.TXT).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.eq(secret))).fetch(db());
        });
        assertTrue(log.contains("DEBUG dev.quarry.sql - INSERT INTO qt_texts"), log);
        assertTrue(log.contains("DEBUG dev.quarry.sql - SELECT qt_texts.txt FROM qt_texts WHERE"), log);
        assertFalse(log.contains(secret), log);
    }

    @Test
    void valuesAreLoggedWhenTurnedOn() {
        ReliabilitySchema.ready(db());
        String secret = "shown-" + System.nanoTime();
        System.setProperty("quarry.sql.logValues", "true");
        String log = logged(() -> insertSecret(secret));
        assertTrue(log.contains("INSERT INTO qt_texts"), log);
        assertTrue(log.contains("[values: "), log);
        assertTrue(log.contains("'" + secret + "'"), log);
    }

    @Test
    void aStatementOverTheThresholdIsAWarning() {
        ReliabilitySchema.ready(db());
        String secret = "slow-" + System.nanoTime();
        System.setProperty("quarry.sql.slowThreshold", "0");
        String log = logged(() -> insertSecret(secret));
        assertTrue(log.contains("WARN dev.quarry.sql.slow - slow statement: "), log);
        assertTrue(log.contains("(threshold 0 ms): INSERT INTO qt_texts"), log);
        assertFalse(log.contains(secret), log);
    }

    @Test
    void aStatementUnderTheThresholdIsNot() {
        ReliabilitySchema.ready(db());
        System.setProperty("quarry.sql.slowThreshold", "PT1H");
        String log = logged(() -> insertSecret("quick"));
        assertFalse(log.contains("slow statement"), log);
        System.setProperty("quarry.sql.slowThreshold", "off");
        assertFalse(logged(() -> insertSecret("quick")).contains("slow statement"));
    }
}
