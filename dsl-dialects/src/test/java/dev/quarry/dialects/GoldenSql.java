package dev.quarry.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Query;
import dev.quarry.ResultQuery;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Golden SQL of one query on the three dialects side by side:
 * {@code golden(q).sqlite("..").mysql("..").postgres("..")}. The text {@value #UNSUPPORTED} means the dialect
 * must throw {@link UnsupportedFeatureException}; bound values, when given, are checked too.
 */
public final class GoldenSql {
    /** The expected "SQL" of a dialect that cannot express the query. */
    public static final String UNSUPPORTED = "unsupported";

    private final Function<Dialect, RenderedQuery> render;

    private GoldenSql(Function<Dialect, RenderedQuery> render) {
        this.render = render;
    }

    /** The golden table of a query. */
    public static GoldenSql golden(ResultQuery<?> query) {
        return new GoldenSql(query::toSql);
    }

    /** The golden table of a DML statement. */
    public static GoldenSql golden(Query query) {
        return new GoldenSql(query::toSql);
    }

    /** SQLite (current version). */
    public GoldenSql sqlite(String expected, Object... params) {
        return check(Dialects.SQLITE, expected, params);
    }

    /** MySQL 8 ({@link Dialects#MYSQL}). */
    public GoldenSql mysql(String expected, Object... params) {
        return check(Dialects.MYSQL, expected, params);
    }

    /** PostgreSQL. */
    public GoldenSql postgres(String expected, Object... params) {
        return check(Dialects.POSTGRES, expected, params);
    }

    /** Any other dialect value (an older version, MariaDB). */
    public GoldenSql on(Dialect dialect, String expected, Object... params) {
        return check(dialect, expected, params);
    }

    private GoldenSql check(Dialect dialect, String expected, Object... params) {
        if (expected.equals(UNSUPPORTED)) {
            assertThrows(UnsupportedFeatureException.class, () -> render.apply(dialect), dialect.name());
            return this;
        }
        RenderedQuery r = render.apply(dialect);
        assertEquals(SqlAssert.normalise(expected), r.sql(), dialect.name());
        if (params.length > 0) {
            assertEquals(Arrays.asList(params), r.params(), dialect.name() + " bound values of: " + r.sql());
        }
        return this;
    }
}
