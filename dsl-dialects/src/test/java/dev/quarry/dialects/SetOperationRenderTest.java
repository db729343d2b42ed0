package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.UNSUPPORTED;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Select2;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import dev.quarry.dialects.mysql.MySqlDialect;
import org.junit.jupiter.api.Test;

/** UNION, INTERSECT and EXCEPT on the three dialects. */
class SetOperationRenderTest {
    private static final Select2<Long, String> USER_NAMES = select(USERS.ID, USERS.NAME).from(USERS);
    private static final Select2<Long, String> BOSSES = select(EMPLOYEES.ID, EMPLOYEES.NAME).from(EMPLOYEES)
            .where(EMPLOYEES.MANAGER_ID.isNull());

    @Test
    void union() {
        golden(USER_NAMES.union(BOSSES))
                .sqlite("SELECT users.id, users.name FROM users UNION SELECT employees.id, employees.name FROM employees "
                        + "WHERE employees.manager_id IS NULL")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void unionAllOrderedAndPagedAsAWhole() {
        var q = USER_NAMES.where(USERS.ID.gt(10L)).unionAll(BOSSES).orderBy(USERS.NAME.desc()).limit(5).offset(10);
        // the first member names its columns, which the ORDER BY of the whole result refers to
        String sql = "SELECT users.id AS id, users.name AS name FROM users WHERE users.id > ? UNION ALL "
                + "SELECT employees.id, employees.name FROM employees WHERE employees.manager_id IS NULL "
                + "ORDER BY name DESC LIMIT ? OFFSET ?";
        golden(q).sqlite(sql, 10L, 5L, 10L).mysql(SAME).postgres(SAME).check();
    }

    @Test
    void orderByAnAliasedExpressionAndNullsOrder() {
        var n = count(POSTS.ID).as("n");
        var q = select(POSTS.USER_ID, n).from(POSTS).groupBy(POSTS.USER_ID)
                .union(select(USERS.ID, count(USERS.ID).as("n")).from(USERS).groupBy(USERS.ID))
                .orderBy(n.desc().nullsLast(), POSTS.USER_ID);
        String members = "SELECT posts.user_id AS user_id, COUNT(posts.id) AS n FROM posts GROUP BY posts.user_id "
                + "UNION SELECT users.id, COUNT(users.id) AS n FROM users GROUP BY users.id ORDER BY ";
        golden(q)
                .sqlite(members + "n DESC NULLS LAST, user_id")
                .mysql(members + "n IS NULL, n DESC, user_id")
                .postgres(members + "n DESC NULLS LAST, user_id")
                .check();
    }

    @Test
    void intersectAndExcept() {
        String pg = "SELECT users.id, users.name FROM users %s SELECT employees.id, employees.name FROM employees "
                + "WHERE employees.manager_id IS NULL";
        golden(USER_NAMES.intersect(BOSSES)).sqlite(pg.formatted("INTERSECT")).mysql(SAME).postgres(SAME).check();
        golden(USER_NAMES.except(BOSSES)).sqlite(pg.formatted("EXCEPT")).mysql(SAME).postgres(SAME).check();
        golden(USER_NAMES.intersectAll(BOSSES))
                .sqlite(UNSUPPORTED)
                .mysql(pg.formatted("INTERSECT ALL"))
                .postgres(SAME)
                .check();
        golden(USER_NAMES.exceptAll(BOSSES))
                .sqlite(UNSUPPORTED)
                .mysql(pg.formatted("EXCEPT ALL"))
                .postgres(SAME)
                .check();
    }

    @Test
    void intersectNeedsARecentEnoughServer() {
        String sql = "SELECT users.id, users.name FROM users INTERSECT SELECT employees.id, employees.name "
                + "FROM employees WHERE employees.manager_id IS NULL";
        golden(USER_NAMES.intersect(BOSSES)).on(MySqlDialect.mysql(8, 0, 30), UNSUPPORTED).checkVersions();
        golden(USER_NAMES.intersect(BOSSES)).on(MySqlDialect.mariaDb(10, 2), UNSUPPORTED).checkVersions();
        golden(USER_NAMES.intersect(BOSSES)).on(MySqlDialect.mariaDb(10, 3), sql).checkVersions();
        golden(USER_NAMES.intersectAll(BOSSES)).on(MySqlDialect.mariaDb(10, 4), UNSUPPORTED).checkVersions();
        golden(USER_NAMES.intersectAll(BOSSES))
                .on(MySqlDialect.mariaDb(10, 5), sql.replace("INTERSECT", "INTERSECT ALL"))
                .checkVersions();
        assertTrue(MySqlDialect.forVersion("MySQL", "8.0.31").supports(dev.quarry.dialect.Capability.INTERSECT_EXCEPT));
    }

    @Test
    void aMemberWithItsOwnLimitIsParenthesisedOrWrapped() {
        var q = USER_NAMES.union(BOSSES.orderBy(EMPLOYEES.NAME).limit(1));
        String tail = "SELECT employees.id, employees.name FROM employees WHERE employees.manager_id IS NULL "
                + "ORDER BY employees.name LIMIT ?";
        golden(q)
                .sqlite("SELECT users.id, users.name FROM users UNION SELECT * FROM (" + tail + ")", 1L)
                .mysql("SELECT users.id, users.name FROM users UNION (" + tail + ")", 1L)
                .postgres(SAME)
                .check();
    }

    @Test
    void nestedSetOperationsKeepTheirGrouping() {
        var q = USER_NAMES.except(BOSSES.union(USER_NAMES.where(USERS.NAME.eq("x"))));
        String inner = "SELECT employees.id, employees.name FROM employees WHERE employees.manager_id IS NULL UNION "
                + "SELECT users.id, users.name FROM users WHERE users.name = ?";
        golden(q)
                .sqlite("SELECT users.id, users.name FROM users EXCEPT SELECT * FROM (" + inner + ")", "x")
                .mysql("SELECT users.id, users.name FROM users EXCEPT (" + inner + ")", "x")
                .postgres(SAME)
                .check();
    }

    /** The other side must have the same degree and column types: checked by javac, so compiled here. */
    @Test
    void theOtherSideIsTypedByTheCompiler() throws Exception {
        String good = "select(USERS.ID, USERS.NAME).from(USERS)"
                + ".union(select(EMPLOYEES.ID, EMPLOYEES.NAME).from(EMPLOYEES))";
        assertEquals(List.of(), compile(good));
        assertFalse(compile("select(USERS.ID, USERS.NAME).from(USERS).union(select(USERS.NAME, USERS.ID).from(USERS))")
                .isEmpty());
        assertFalse(compile("select(USERS.ID, USERS.NAME).from(USERS).intersect(select(USERS.ID).from(USERS))")
                .isEmpty());
    }

    private static List<String> compile(String expression) throws Exception {
        String source = "import static dev.quarry.Sql.*;\n"
                + "import static dev.quarry.dialects.fixtures.Users.USERS;\n"
                + "import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;\n"
                + "class Probe { Object q() { return " + expression + "; } }\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path dir = Files.createTempDirectory("quarry-probe");
        var file = new SimpleJavaFileObject(URI.create("string:///Probe.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        javac.getTask(null, null, errors, List.of("-classpath", System.getProperty("java.class.path"), "-d",
                dir.toString()), null, List.of(file)).call();
        return errors.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }

    @Test
    void clausesThatBelongToAMemberAreRefusedAfterASetOperation() {
        var u = USER_NAMES.union(BOSSES);
        assertThrows(IllegalStateException.class, () -> u.where(USERS.ID.eq(1L)));
        assertThrows(IllegalStateException.class, () -> u.groupBy(USERS.ID));
        assertThrows(IllegalStateException.class, () -> USER_NAMES.orderBy(USERS.NAME).union(BOSSES));
        assertThrows(IllegalStateException.class, () -> USER_NAMES.limit(3).union(BOSSES));
        assertThrows(IllegalArgumentException.class, () -> u.orderBy(USERS.EMAIL).toSql(Dialects.POSTGRES));
    }
}
