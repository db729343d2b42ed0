package dev.quarry.it.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.IfNotExists;
import dev.quarry.Migration;
import dev.quarry.SchemaDifference;
import dev.quarry.SchemaDifference.Kind;
import dev.quarry.SchemaDriftException;
import dev.quarry.it.suite.model.DriftModel;
import dev.quarry.it.suite.model.Model;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schema drift: the models compared with the live database, and the migration that reconciles them. The shared
 * test database holds other suites' tables too, so only the differences about this suite's tables count.
 */
public abstract class SchemaDriftSuite extends SuiteBase {
    private static final Set<String> DRIFT = Set.of("drift_parent", "drift_child", "drift_extra");

    /** The statement that widens {@code drift_parent.name} to VARCHAR(80), or null where it cannot be done in place. */
    protected abstract String widenNameSql();

    @BeforeEach
    void freshDriftTables() {
        run("DROP TABLE IF EXISTS drift_extra");
        DriftModel.METADATA.dropAll(db());
        DriftModel.METADATA.createAll(db());
    }

    @AfterEach
    void dropDriftTables() {
        run("DROP TABLE IF EXISTS drift_extra");
        DriftModel.METADATA.dropAll(db());
    }

    private void run(String sql) {
        Connection c = db().acquireConnection();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        } finally {
            db().releaseConnection(c);
        }
    }

    private static List<SchemaDifference> about(List<SchemaDifference> all, Set<String> tables) {
        return all.stream().filter(d -> tables.contains(d.table())).toList();
    }

    @Test
    void everyTypeAndConstraintRoundTrips() {
        Model.METADATA.createAll(db(), IfNotExists.YES);
        List<SchemaDifference> found = Model.METADATA.diff(db()).stream()
                .filter(d -> d.kind() != Kind.EXTRA_TABLE).toList();
        assertEquals(List.of(), found, () -> found.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void freshTablesHaveNoDrift() {
        assertEquals(List.of(), about(DriftModel.METADATA.diff(db()), DRIFT));
        assertEquals(List.of(), DriftModel.METADATA.migration(db()).statements());
    }

    @Test
    void changesAreReportedAndMigrated() {
        run("ALTER TABLE drift_parent ADD COLUMN note VARCHAR(10)");
        run("DROP INDEX ix_drift_parent_name" + dropIndexSuffix());
        String widen = widenNameSql();
        if (widen != null) {
            run(widen);
        }
        run("CREATE TABLE drift_extra (id INTEGER PRIMARY KEY)");

        List<SchemaDifference> found = about(DriftModel.METADATA.diff(db()), DRIFT);
        Set<String> kinds = found.stream().map(d -> d.kind() + " " + d.table() + "." + d.column())
                .collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>(Set.of("EXTRA_COLUMN drift_parent.note",
                "MISSING_INDEX drift_parent.null", "EXTRA_TABLE drift_extra.null"));
        if (widen != null) {
            expected.add("TYPE drift_parent.name");
        }
        assertEquals(expected, kinds, found.toString());
        for (SchemaDifference d : found) {
            assertTrue(d.toString().contains(d.table()), d.toString());
        }
        SchemaDriftException e = assertThrows(SchemaDriftException.class, () -> DriftModel.METADATA.verify(db()));
        assertTrue(e.differences().containsAll(found));

        Migration m = DriftModel.METADATA.migration(db());
        assertEquals(1, m.statements().size(), m.statements().toString());   // the index, re-created
        m.apply();
        assertEquals(Set.of(), about(DriftModel.METADATA.diff(db()), Set.of("drift_parent")).stream()
                .filter(d -> d.kind() == Kind.MISSING_INDEX).collect(Collectors.toSet()));

        // Destructive: only this suite's statements, since the shared database holds other suites' tables.
        List<String> drops = m.destructive().statements().stream()
                .filter(s -> s.contains("drift_")).filter(s -> !s.startsWith("CREATE")).toList();
        drops.forEach(this::run);
        assertEquals(List.of(), about(DriftModel.METADATA.diff(db()), DRIFT));
    }

    @Test
    void missingTablesAreCreatedInForeignKeyOrder() {
        DriftModel.METADATA.dropAll(db());
        Migration m = DriftModel.METADATA.migration(db());
        List<String> creates = m.statements().stream().filter(s -> s.startsWith("CREATE TABLE")).toList();
        assertTrue(creates.get(0).contains("drift_parent"), creates.toString());
        m.apply();
        assertEquals(List.of(), about(DriftModel.METADATA.diff(db()), DRIFT));
    }

    /** MySQL names the table in DROP INDEX. */
    protected String dropIndexSuffix() {
        return "";
    }

}
