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
 * Golden SQL in the shape of a table: one query, the SQL it renders on SQLite, MySQL/MariaDB and PostgreSQL
 * side by side, and the values it binds. Write {@link #UNSUPPORTED} where the dialect must throw
 * {@link UnsupportedFeatureException}.
 */
final class ThreeDialects {
    /** The expected "SQL" of a dialect that cannot express the query. */
    static final String UNSUPPORTED = "unsupported";

    private ThreeDialects() {
    }

    /** Asserts a select (or RETURNING statement) on the three dialects. */
    static void golden(ResultQuery<?> q, String sqlite, String mysql, String postgres, Object... params) {
        check(q::toSql, Dialects.SQLITE, sqlite, params);
        check(q::toSql, Dialects.MYSQL, mysql, params);
        check(q::toSql, Dialects.POSTGRES, postgres, params);
    }

    /** Asserts a DML statement on the three dialects. */
    static void golden(Query q, String sqlite, String mysql, String postgres, Object... params) {
        check(q::toSql, Dialects.SQLITE, sqlite, params);
        check(q::toSql, Dialects.MYSQL, mysql, params);
        check(q::toSql, Dialects.POSTGRES, postgres, params);
    }

    /** Asserts the SQL one particular dialect value renders (a MariaDB or an older version). */
    static void golden(ResultQuery<?> q, Dialect dialect, String expected, Object... params) {
        check(q::toSql, dialect, expected, params);
    }

    private static void check(Function<Dialect, RenderedQuery> render, Dialect dialect, String expected,
            Object... params) {
        if (UNSUPPORTED.equals(expected)) {
            assertThrows(UnsupportedFeatureException.class, () -> render.apply(dialect), dialect.name());
            return;
        }
        RenderedQuery r = render.apply(dialect);
        assertEquals(SqlAssert.normalise(expected), r.sql(), dialect.name());
        assertEquals(Arrays.asList(params), r.params(), () -> dialect.name() + " binds of " + r.sql());
    }
}
