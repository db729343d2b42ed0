package dev.quarry.dialects;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quarry.Query;
import dev.quarry.ResultQuery;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.render.RenderedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/**
 * One row of a golden SQL table: a query and, side by side, the SQL (and bound values) it renders on each
 * dialect, or {@link #UNSUPPORTED} where rendering must throw {@link UnsupportedFeatureException}.
 *
 * <pre>{@code
 * golden(select(USERS.ID).from(USERS).forUpdate())
 *         .sqlite(UNSUPPORTED)
 *         .mysql("SELECT users.id FROM users FOR UPDATE")
 *         .postgres(SAME)
 *         .check();
 * }</pre>
 *
 * <p>SQLite, MySQL 8 and PostgreSQL are required: {@link #check()} fails when one has no cell, so a missing
 * golden is visible. MariaDB 10.11 is checked too, against its own cell where one is given and against the
 * MySQL cell otherwise. {@link #SAME} repeats the previous cell (SQL and values). Other dialect values (an
 * older version, another MariaDB) get cells with {@link #on}; a row of such cells alone, for a query whose
 * current versions are in another row, ends with {@link #checkVersions()}.
 *
 * <p>The SQL may be a text block: its lines are joined with single spaces.
 */
public final class Golden {
    /** The cell of a dialect that must refuse the query with {@link UnsupportedFeatureException}. */
    public static final String UNSUPPORTED = "<unsupported>";
    /**
     * The bound values of a cell that the test checks itself (a JSON text or an array of thousands of values):
     * {@code .sqlite(sql, VALUES_ELSEWHERE)}.
     */
    public static final Object VALUES_ELSEWHERE = new Object() {
        @Override
        public String toString() {
            return "VALUES_ELSEWHERE";
        }
    };
    /** The cell that repeats the previous one, SQL and bound values. */
    public static final String SAME = "<same>";

    private static final Map<String, Dialect> REQUIRED = new LinkedHashMap<>();
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);

    static {
        REQUIRED.put("SQLite", Dialects.SQLITE);
        REQUIRED.put("MySQL", Dialects.MYSQL);
        REQUIRED.put("PostgreSQL", Dialects.POSTGRES);
    }

    private record Cell(String sql, List<Object> params) {
    }

    private final Function<Dialect, RenderedQuery> render;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<Map.Entry<Dialect, Cell>> others = new ArrayList<>();
    private Cell last;

    private Golden(Function<Dialect, RenderedQuery> render) {
        this.render = render;
    }

    /** A row for a SELECT or a statement with RETURNING. */
    public static Golden golden(ResultQuery<?> query) {
        return new Golden(query::toSql);
    }

    /** A row for an INSERT, UPDATE or DELETE. */
    public static Golden golden(Query query) {
        return new Golden(query::toSql);
    }

    private Golden cell(String dialect, String sql, Object... params) {
        Cell c = SAME.equals(sql) ? last : new Cell(sql, Arrays.asList(params));
        if (c == null) {
            throw new IllegalStateException(dialect + ": SAME needs a cell before it");
        }
        cells.put(dialect, c);
        last = c;
        return this;
    }

    /** The SQL on SQLite ({@link Dialects#SQLITE}). */
    public Golden sqlite(String sql, Object... params) {
        return cell("SQLite", sql, params);
    }

    /** The SQL on MySQL 8 ({@link Dialects#MYSQL}). */
    public Golden mysql(String sql, Object... params) {
        return cell("MySQL", sql, params);
    }

    /** The SQL on MariaDB 10.11 where it differs from MySQL 8's. */
    public Golden mariadb(String sql, Object... params) {
        return cell("MariaDB", sql, params);
    }

    /** The SQL on PostgreSQL ({@link Dialects#POSTGRES}). */
    public Golden postgres(String sql, Object... params) {
        return cell("PostgreSQL", sql, params);
    }

    /** The SQL on another dialect value: an older version ({@code OldVersions}), another MariaDB. */
    public Golden on(Dialect dialect, String sql, Object... params) {
        Cell c = SAME.equals(sql) ? last : new Cell(sql, Arrays.asList(params));
        if (c == null) {
            throw new IllegalStateException(dialect.name() + ": SAME needs a cell before it");
        }
        others.add(Map.entry(dialect, c));
        last = c;
        return this;
    }

    /**
     * Checks a row of {@link #on} cells (and whichever of the three current dialects it names), for a query
     * whose current versions another row checks.
     */
    public void checkVersions() {
        if (others.isEmpty()) {
            fail("checkVersions() is for rows of on(..) cells: use check()");
        }
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Dialect> e : REQUIRED.entrySet()) {
            Cell c = cells.get(e.getKey());
            if (c != null) {
                checks.add(() -> check(e.getKey(), e.getValue(), c));
            }
        }
        addOthers(checks);
        assertAll(checks);
    }

    private void addOthers(List<Executable> checks) {
        for (Map.Entry<Dialect, Cell> o : others) {
            checks.add(() -> check(o.getKey().name(), o.getKey(), o.getValue()));
        }
    }

    /** Joins the lines of a text block with single spaces. */
    public static String normalise(String sql) {
        return sql.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** Checks every cell, reporting every dialect that differs at once. */
    public void check() {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Dialect> e : REQUIRED.entrySet()) {
            Cell c = cells.get(e.getKey());
            if (c == null) {
                fail("no golden SQL for " + e.getKey() + " (write ." + e.getKey().toLowerCase().replace("postgresql",
                        "postgres") + "(..), or UNSUPPORTED)");
            }
            checks.add(() -> check(e.getKey(), e.getValue(), c));
        }
        Cell maria = cells.getOrDefault("MariaDB", cells.get("MySQL"));
        checks.add(() -> check("MariaDB", MARIADB, maria));
        addOthers(checks);
        assertAll(checks);
    }

    private void check(String name, Dialect dialect, Cell cell) {
        if (UNSUPPORTED.equals(cell.sql())) {
            assertThrows(UnsupportedFeatureException.class, () -> render.apply(dialect),
                    name + " must refuse this query");
            return;
        }
        RenderedQuery rendered = render.apply(dialect);
        assertEquals(normalise(cell.sql()), rendered.sql(), name);
        if (!cell.params().equals(List.of(VALUES_ELSEWHERE))) {
            assertEquals(cell.params(), rendered.params(), name + ": bound values of " + rendered.sql());
        }
    }
}
