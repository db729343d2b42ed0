package dev.quarry.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Query;
import dev.quarry.ResultQuery;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;
import java.util.Arrays;
import java.util.List;

/** The one golden-SQL assertion: the SQL a query renders for a dialect, and its bound values. */
public final class SqlAssert {
    private SqlAssert() {
    }

    /** Asserts the SQL (whitespace-normalised: newlines and indents in the text block become single spaces). */
    public static void assertSql(ResultQuery<?> query, Dialect dialect, String expected, Object... params) {
        check(query.toSql(dialect), expected, params);
    }

    /** Asserts the SQL of a DML statement. */
    public static void assertSql(Query query, Dialect dialect, String expected, Object... params) {
        check(query.toSql(dialect), expected, params);
    }

    private static void check(RenderedQuery rendered, String expected, Object... params) {
        assertEquals(normalise(expected), rendered.sql());
        List<Object> actual = rendered.params();
        assertEquals(Arrays.asList(params), actual, "bound values of: " + rendered.sql());
    }

    /** Joins the lines of a text block with single spaces. */
    public static String normalise(String sql) {
        return sql.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
