package dev.quarry.dialects;

import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.golden;

import dev.quarry.dialect.Dialect;
import org.junit.jupiter.api.Test;

/**
 * String literals of {@code inline(..)} on every dialect, side by side: each reads back as the string it was
 * made from whatever the session's settings (MySQL {@code NO_BACKSLASH_ESCAPES}, PostgreSQL
 * {@code standard_conforming_strings}) and whatever characters it holds.
 */
class StringLiteralRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    private static void assertLiteral(String value, String sqlite, String mysql, String postgres) {
        golden(select(inline(value)))
                .sqlite("SELECT " + sqlite)
                .mysql("SELECT " + mysql)
                .postgres("SELECT " + postgres)
                .check();
    }

    @Test
    void plainText() {
        assertLiteral("abc", "'abc'", "'abc'", "'abc'");
    }

    @Test
    void singleQuotesAreDoubled() {
        assertLiteral("it's ''", "'it''s '''''", "'it''s '''''", "'it''s '''''");
    }

    @Test
    void backslashes() {
        assertLiteral("a\\'b",
                "'a\\''b'",
                "_utf8mb4 X'615C2762'",
                "E'a\\\\''b'");
    }

    @Test
    void nulCharacter() {
        assertLiteral("a\0b",
                "(CAST(X'610062' AS TEXT))",
                "'a\0b'",
                "'a\0b'");
    }

    @Test
    void commentsPlaceholdersAndOtherPlanes() {
        assertLiteral("-- /* ? $1 :n \uD83D\uDE00",
                "'-- /* ? $1 :n \uD83D\uDE00'",
                "'-- /* ? $1 :n \uD83D\uDE00'",
                "'-- /* ? $1 :n \uD83D\uDE00'");
    }

    @Test
    void emptyString() {
        assertLiteral("", "''", "''", "''");
    }
}
