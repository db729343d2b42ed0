package dev.quarry.it.suite;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Hostile strings for the injection properties: SQL and driver syntax (quotes, backslashes, comments,
 * placeholders of every driver), control characters, characters of every Unicode plane (supplementary ones
 * as surrogate pairs, never a lone surrogate, which no database can store), mixed at random, sometimes
 * repeated to tens of thousands of characters.
 */
public final class Corpus {
    /** Pieces of SQL and driver syntax that break naive string splicing. */
    static final List<String> TOKENS = List.of("'", "''", "\"", "\\", "\\'", "\\\\", "\\\"", "--", "-- ", "/*",
            "*/", "#", ";", "?", "??", "?1", "$1", "$$", ":name", ":1", "@v", "%", "_", "`", "{fn now()}",
            "{d '2020-01-01'}", "\n", "\r\n", "\t", "\b", "\u001a", "\\0", "\\Z", "\\%", "\\_", "' OR '1'='1",
            "'); DROP TABLE qt_texts; --", "E'", "N'", "X'", "U&'", "_utf8mb4'", "\u00a0", "\u200b", "\ufeff",
            "\u2028", "\ufffd", "\uffff", " ", "   ", "\u00e9", "e\u0301", "\u0130", "\u00df");

    private Corpus() {
    }

    /**
     * Random hostile strings; {@code nul} says whether U+0000 may occur (PostgreSQL text cannot hold it).
     */
    public static Arbitrary<String> strings(boolean nul) {
        Arbitrary<String> tokens = Arbitraries.of(TOKENS);
        Arbitrary<String> anyPlane = Arbitraries.integers().between(0, 16)
                .flatMap(plane -> Arbitraries.integers().between(plane << 16, (plane << 16) | 0xFFFF))
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .filter(cp -> nul || cp != 0)
                .map(Character::toString);
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(6)
                .map(s -> nul ? s : s.replace("\u0000", ""));
        Arbitrary<String> nulChar = Arbitraries.just(nul ? "\u0000" : "'");
        @SuppressWarnings("unchecked")
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(5, tokens), Tuple.of(3, anyPlane),
                Tuple.of(3, ascii), Tuple.of(1, nulChar));
        Arbitrary<String> normal = piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
        @SuppressWarnings("unchecked")
        Arbitrary<String> mixed = Arbitraries.frequencyOf(Tuple.of(19, normal),
                Tuple.of(1, normal.filter(s -> !s.isEmpty()).map(Corpus::veryLong)));
        return mixed;
    }

    /** {@code s} repeated to at least 50,000 characters. */
    static String veryLong(String s) {
        return s.repeat(50_000 / s.length() + 1);
    }

    /**
     * {@code s} without LIKE's special characters ({@code %}, {@code _}, {@code \\}) and cut to 10,000 code
     * points, under SQLite's limit on the length of a LIKE pattern.
     */
    static String likePattern(String s) {
        String plain = s.replace("%", "").replace("_", "").replace("\\", "");
        int points = plain.codePointCount(0, plain.length());
        return points <= 10_000 ? plain : plain.substring(0, plain.offsetByCodePoints(0, 10_000));
    }
}
