package dev.quarry.it.suite;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Players.PLAYERS;
import static dev.quarry.it.suite.model.Teams.TEAMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.IfNotExists;
import dev.quarry.QueryExecutionException;
import dev.quarry.Table;
import dev.quarry.it.suite.model.Model;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DDL round trip: createAll into an empty database, then DatabaseMetaData shows what was declared. */
public abstract class DdlSuite extends SuiteBase {

    @AfterEach
    void restoreSchema() {
        Model.METADATA.createAll(db(), IfNotExists.YES);
    }

    private interface MetaQuery<T> {
        T read(Connection c, DatabaseMetaData md) throws SQLException;
    }

    private <T> T meta(MetaQuery<T> q) {
        Database db = db();
        Connection c = db.acquireConnection();
        try {
            return q.read(c, c.getMetaData());
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            db.releaseConnection(c);
        }
    }

    private Set<String> tables() {
        return meta((c, md) -> {
            Set<String> names = new HashSet<>();
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        });
    }

    /** Column name → its TYPE_NAME as the database reports it. */
    private Map<String, String> typeNames(String table) {
        return meta((c, md) -> {
            Map<String, String> out = new HashMap<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
                while (rs.next()) {
                    out.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
                }
            }
            return out;
        });
    }

    /** Column name → [jdbc type, nullable (1/0)]. */
    private Map<String, int[]> columns(String table) {
        return meta((c, md) -> {
            Map<String, int[]> out = new HashMap<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
                while (rs.next()) {
                    out.put(rs.getString("COLUMN_NAME"), new int[] {rs.getInt("DATA_TYPE"), rs.getInt("NULLABLE")});
                }
            }
            return out;
        });
    }

    private List<String> primaryKey(String table) {
        return meta((c, md) -> {
            Map<Integer, String> byPosition = new java.util.TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
                while (rs.next()) {
                    byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            return new ArrayList<>(byPosition.values());
        });
    }

    /** "fkcolumn->pktable.pkcolumn" of each imported key. */
    private Set<String> foreignKeys(String table) {
        return meta((c, md) -> {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
                while (rs.next()) {
                    out.add(rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME") + "."
                            + rs.getString("PKCOLUMN_NAME"));
                }
            }
            return out;
        });
    }

    private Set<String> indexes(String table) {
        return meta((c, md) -> {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null) {
                        out.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return out;
        });
    }

    @Test
    void createAllIntoAnEmptyDatabaseCreatesEveryTable() {
        Model.METADATA.dropAll(db());
        for (Table<?> t : Model.METADATA.tables()) {
            assertFalse(tables().contains(t.name()), t.name() + " was dropped");
        }
        Model.METADATA.createAll(db());
        for (Table<?> t : Model.METADATA.tables()) {
            assertTrue(tables().contains(t.name()), t.name() + " exists");
            assertEquals(t.columns().size(), columns(t.name()).size(), "columns of " + t.name());
        }
    }

    @Test
    void columnsHaveTheirTypesAndNullability() {
        Map<String, int[]> users = columns("qt_users");
        assertTrue(isIntegral(users.get("id")[0]), "users.id is integral");
        assertTrue(isText(users.get("name")[0]), "users.name is text");
        assertEquals(DatabaseMetaData.columnNoNulls, users.get("name")[1], "users.name NOT NULL");
        assertEquals(DatabaseMetaData.columnNullable, users.get("email")[1], "users.email nullable");
        Map<String, int[]> all = columns("qt_all_types");
        assertTrue(all.containsKey("MixedCase"), "mixed-case name kept exactly: " + all.keySet());
        assertTrue(all.containsKey("order"), "reserved word as a name");
        assertTrue(isIntegral(all.get("big")[0]));
        assertTrue(isText(all.get("vc")[0]));
    }

    /** The JDBC types a database may report for a column of each kind (drivers differ within a family). */
    private static Set<Integer> family(dev.quarry.SqlType.Kind kind) {
        return switch (kind) {
            case SMALLINT, INTEGER, BIGINT -> Set.of(Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT);
            case REAL, DOUBLE -> Set.of(Types.REAL, Types.FLOAT, Types.DOUBLE);
            case DECIMAL -> Set.of(Types.DECIMAL, Types.NUMERIC, Types.VARCHAR);
            case BOOLEAN -> Set.of(Types.BOOLEAN, Types.BIT, Types.TINYINT, Types.INTEGER);
            case VARCHAR, CHAR, TEXT -> Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR,
                    Types.NCHAR, Types.LONGNVARCHAR, Types.CLOB);
            case DATE -> Set.of(Types.DATE);
            case TIME -> Set.of(Types.TIME);
            case TIMESTAMP -> Set.of(Types.TIMESTAMP);
            case TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);
            case BLOB -> Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);
            case UUID -> Set.of(Types.OTHER, Types.CHAR, Types.VARCHAR, Types.NUMERIC);
            case JSON -> Set.of(Types.OTHER, Types.LONGVARCHAR, Types.VARCHAR, Types.NUMERIC);
            case OTHER -> Set.of();
        };
    }

    @Test
    void everyColumnReportsATypeOfItsFamilyAndItsNullability() {
        for (Table<?> t : Model.METADATA.tables()) {
            Map<String, int[]> actual = columns(t.name());
            Map<String, String> names = typeNames(t.name());
            for (dev.quarry.Column<?> c : t.columns()) {
                int[] meta = actual.get(c.name());
                assertTrue(meta != null, t.name() + "." + c.name() + " exists: " + actual.keySet());
                String declared = db().dialect().types().ddl(c.type()).split("[ (]")[0];
                boolean sameName = declared.equalsIgnoreCase(names.get(c.name()));
                assertTrue(sameName || family(c.type().storage().kind()).contains(meta[0]), t.name() + "." + c.name()
                        + " is " + c.type() + " (DDL " + declared + ") but the database reports "
                        + names.get(c.name()) + ", JDBC type " + meta[0]);
                int nullable = c.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls;
                assertEquals(nullable, meta[1], "nullability of " + t.name() + "." + c.name());
            }
        }
    }

    private static boolean isIntegral(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.LONGVARCHAR || type == Types.CHAR;
    }

    @Test
    void keysAndIndexes() {
        assertEquals(List.of("id"), primaryKey("qt_users"));
        assertEquals(List.of("post_id", "tag_id"), primaryKey("qt_post_tags"));
        assertEquals(Set.of("user_id->qt_users.id"), foreignKeys("qt_posts"));
        assertEquals(Set.of("post_id->qt_posts.id", "tag_id->qt_tags.id"), foreignKeys("qt_post_tags"));
        assertEquals(Set.of("manager_id->qt_employees.id"), foreignKeys("qt_employees"));
        assertTrue(indexes("qt_posts").contains("ix_qt_posts_title"), "index: " + indexes("qt_posts"));
    }

    @Test
    void aForeignKeyCycleIsCreatedAndDropped() {
        assertEquals(Set.of("captain_id->qt_players.id"), foreignKeys("qt_teams"));
        assertEquals(Set.of("team_id->qt_teams.id"), foreignKeys("qt_players"));
        TEAMS.insert().set(TEAMS.ID, 1).set(TEAMS.NAME, "Reds").execute(db());
        PLAYERS.insert().set(PLAYERS.ID, 7).set(PLAYERS.NAME, "Kim").set(PLAYERS.TEAM_ID, 1).execute(db());
        TEAMS.update().set(TEAMS.CAPTAIN_ID, 7).where(TEAMS.ID.eq(1)).execute(db());
        assertEquals("Kim", select(PLAYERS.NAME).from(PLAYERS).join(TEAMS).on(TEAMS.CAPTAIN_ID.eq(PLAYERS.ID))
                .fetchSingle(db()).v1());
        Model.METADATA.dropAll(db());
        assertFalse(tables().contains("qt_teams"));
        assertFalse(tables().contains("qt_players"));
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThrows(QueryExecutionException.class,
                () -> PLAYERS.insert().set(PLAYERS.ID, 1).set(PLAYERS.NAME, "x").set(PLAYERS.TEAM_ID, 999).execute(db()));
    }

    @Test
    void createAllIfNotExistsIsIdempotentAndPlainCreateIsNot() {
        Model.METADATA.createAll(db(), IfNotExists.YES);
        Model.METADATA.createAll(db(), IfNotExists.YES);
        assertThrows(QueryExecutionException.class, () -> Model.METADATA.createAll(db()));
    }

    @Test
    void dropAllIsSafeOnAnEmptyDatabase() {
        Model.METADATA.dropAll(db());
        Model.METADATA.dropAll(db());
        assertTrue(tables().stream().noneMatch(n -> Model.METADATA.table(n) != null));
    }

    @Test
    void ddlListsCreateStatementsInDependencyOrder() {
        List<String> ddl = Model.METADATA.ddl(db().dialect());
        int users = indexOf(ddl, "qt_users");
        int posts = indexOf(ddl, "qt_posts");
        assertTrue(users >= 0 && posts > users, "users before posts: " + ddl);
    }

    private static int indexOf(List<String> ddl, String table) {
        for (int i = 0; i < ddl.size(); i++) {
            String s = ddl.get(i).replaceAll("[`\"]", "");
            if (s.startsWith("CREATE TABLE " + table + " ")) {
                return i;
            }
        }
        return -1;
    }
}
