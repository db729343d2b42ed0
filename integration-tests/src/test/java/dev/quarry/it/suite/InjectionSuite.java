package dev.quarry.it.suite;

import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Texts.TEXTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Database;
import dev.quarry.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Injection, property-based: hostile strings ({@link Corpus}) go through every place a value can go and come
 * back unchanged; {@code inline(..)} literals too, under each of the session's literal modes.
 */
public abstract class InjectionSuite {
    private static final int TRIES = 100;

    /** The database under test. */
    protected abstract Database db();

    /** Whether a text value may hold U+0000 (PostgreSQL's text cannot). */
    protected boolean textHoldsNul() {
        return true;
    }

    /**
     * Sessions that read string literals differently, each run with the literal properties: a database
     * (null: {@link #db()}) and statements that turn the setting on and restore the session (null: none).
     */
    protected List<SessionMode> sessionModes() {
        return List.of();
    }

    /** A session setting: a database whose connections have it, or {@code set} and {@code reset} statements. */
    public record SessionMode(String name, Database db, String set, String reset) {
    }

    @Provide
    Arbitrary<String> hostile() {
        return Corpus.strings(textHoldsNul());
    }

    private Database db0() {
        return ReliabilitySchema.ready(db());
    }

    private long insert(String value) {
        long id = ReliabilitySchema.nextId();
        TEXTS.insert().set(TEXTS.ID, id).set(TEXTS.TXT, value).execute(db0());
        return id;
    }

    private String read(long id) {
        return select(TEXTS.TXT).from(TEXTS).where(TEXTS.ID.eq(id)).fetchSingle(db0()).v1();
    }

    @Property(tries = TRIES)
    void insertAndWhereEqReadBackUnchanged(@ForAll("hostile") String s) {
        long id = insert(s);
        assertEquals(s, read(id));
        assertEquals(s, select(TEXTS.TXT).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.eq(s)))
                .fetchSingle(db0()).v1());
    }

    @Property(tries = TRIES)
    void updateSetsTheValueUnchanged(@ForAll("hostile") String s) {
        long id = insert("before");
        assertEquals(1, TEXTS.update().set(TEXTS.TXT, s).where(TEXTS.ID.eq(id)).execute(db0()));
        assertEquals(s, read(id));
        assertEquals(1, TEXTS.update().set(TEXTS.TXT, "after").where(TEXTS.ID.eq(id).and(TEXTS.TXT.eq(s)))
                .execute(db0()));
    }

    @Property(tries = TRIES)
    void inListsMatchTheValue(@ForAll("hostile") String s, @ForAll("hostile") String other) {
        long id = insert(s);
        assertEquals(1, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.in(other, s, s + "'")))
                .fetch(db0()).size());
        assertEquals(0, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.notIn(s, other)))
                .fetch(db0()).size());
    }

    /**
     * LIKE's own wildcards and escape character mean what LIKE says, so they are left out; every other character
     * matches itself. Patterns stay under SQLite's limit of 50,000 bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH).
     */
    @Property(tries = TRIES)
    void likeMatchesTheValueItself(@ForAll("hostile") String s) {
        String plain = Corpus.likePattern(s);
        long id = insert(plain);
        assertEquals(1, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.like(plain)))
                .fetch(db0()).size());
        assertEquals(1, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.likeIgnoreCase(plain)))
                .fetch(db0()).size());
        assertEquals(0, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.notLike(plain)))
                .fetch(db0()).size());
    }

    @Property(tries = TRIES)
    void rawArgumentsAreBound(@ForAll("hostile") String s) {
        long id = insert(s);
        assertEquals(s, select(raw(SqlType.TEXT, "?", s)).fetchSingle(db0()).v1());
        assertEquals(id, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(rawCondition("txt = ?", s)))
                .fetchSingle(db0()).v1());
    }

    @Property(tries = TRIES)
    void upsertWritesTheValueUnchanged(@ForAll("hostile") String s) {
        long id = insert("before");
        TEXTS.insert().set(TEXTS.ID, id).set(TEXTS.TXT, s).onConflict(TEXTS.ID).doUpdate().set(TEXTS.TXT, s)
                .execute(db0());
        assertEquals(s, read(id));
        long fresh = ReliabilitySchema.nextId();
        TEXTS.insert().set(TEXTS.ID, fresh).set(TEXTS.TXT, s).onConflict(TEXTS.ID).doUpdate()
                .set(TEXTS.TXT, "never").execute(db0());
        assertEquals(s, read(fresh));
    }

    @Property(tries = TRIES)
    void batchInsertsTheValuesUnchanged(@ForAll("hostile") String s, @ForAll("hostile") String t) {
        long a = ReliabilitySchema.nextId();
        long b = ReliabilitySchema.nextId();
        assertEquals(2, db0().batch(TEXTS.insert(TEXTS.ID, TEXTS.TXT), List.of(row(a, s), row(b, t))).execute());
        assertEquals(s, read(a));
        assertEquals(t, read(b));
    }

    @Property(tries = TRIES)
    void inlineLiteralsReadBackUnchanged(@ForAll("hostile") String s) {
        assertEquals(s, select(inline(s)).fetchSingle(db0()).v1());
        long id = insert(s);
        assertEquals(id, select(TEXTS.ID).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.eq(inline(s))))
                .fetchSingle(db0()).v1());
    }

    /** Literals and binds under every literal mode of the session (MySQL NO_BACKSLASH_ESCAPES, ...). */
    @Property(tries = TRIES)
    void literalsAndBindsHoldInEverySessionMode(@ForAll("hostile") String s) {
        for (SessionMode mode : sessionModes()) {
            Database db = mode.db() != null ? ReliabilitySchema.ready(mode.db()) : db0();
            db.transaction(tx -> {
                Connection c = tx.acquireConnection();
                run(c, mode.set());
                try {
                    assertEquals(s, select(inline(s)).fetchSingle(tx).v1(), mode.name());
                    assertEquals(s, select(raw(SqlType.TEXT, "?", s)).fetchSingle(tx).v1(), mode.name());
                    long id = ReliabilitySchema.nextId();
                    TEXTS.insert().set(TEXTS.ID, id).set(TEXTS.TXT, s).execute(tx);
                    assertEquals(s, select(TEXTS.TXT).from(TEXTS).where(TEXTS.ID.eq(id).and(TEXTS.TXT.eq(inline(s))))
                            .fetchSingle(tx).v1(), mode.name());
                } finally {
                    run(c, mode.reset());
                }
            });
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        if (sql == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
