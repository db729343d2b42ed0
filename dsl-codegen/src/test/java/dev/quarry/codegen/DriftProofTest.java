package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Column;
import dev.quarry.Database;
import dev.quarry.Metadata;
import dev.quarry.Migration;
import dev.quarry.SchemaDifference;
import dev.quarry.Table;
import dev.quarry.schema.Index;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema drift proof on each database, starting from Chinook: models generated from the sample match it;
 * {@code createAll} of them into a fresh database matches too; after adding a column, dropping an index, widening
 * a VARCHAR and adding a table, {@code diff} reports exactly those, and the destructive migration makes it match.
 */
class DriftProofTest {

    @Test
    void sqlite() throws Exception {
        Path sample = Samples.sqlite("chinook");
        SampleCheck check = new SampleCheck("drift_sqlite_chinook", "jdbc:sqlite:" + sample, null, null, null);
        Path copy = Files.createDirectories(Path.of("target", "samples")).resolve("drift_chinook.db");
        Files.deleteIfExists(copy);
        // SQLite cannot widen a column in place (that change would need the copy-and-swap recipe).
        proof(check, "jdbc:sqlite:" + sample, "jdbc:sqlite:" + copy, null, null, null);
    }

    @Test
    void mysql() throws Exception {
        String url = Samples.mysql("chinook", "PlaylistTrack", 8715);
        SampleCheck check = new SampleCheck("drift_mysql_chinook", url, "root", "", null);
        String copy = Samples.recreateMysql(Samples.db("cg_drift_chinook"));
        proof(check, url, copy, "root", "", "ALTER TABLE %s MODIFY COLUMN %s VARCHAR(200) NOT NULL");
    }

    @Test
    void postgres() throws Exception {
        String url = Samples.postgres("chinook", "playlist_track", 8715);
        SampleCheck check = new SampleCheck("drift_pg_chinook", url, "postgres", "", null);
        String name = Samples.db("cg_drift_chinook");
        Samples.recreatePostgres(name);
        proof(check, url, Samples.POSTGRES + name, "postgres", "", "ALTER TABLE %s ALTER COLUMN %s TYPE VARCHAR(200)");
    }

    private static void proof(SampleCheck check, String sampleUrl, String copyUrl, String user, String password,
            String widen) throws Exception {
        Metadata models = check.metadata;
        try (Database sample = open(sampleUrl, user, password)) {
            assertEquals(List.of(), models.diff(sample), "generated models against the database they came from");
        }
        Table<?> album = table(models, "album");
        Column<?> title = column(album, "title");
        Table<?> playlistTrack = table(models, "playlisttrack");
        Index index = playlistTrack.indexes().stream()
                .filter(i -> squash(i.columns().get(0).name()).equals("playlistid")).findFirst().orElseThrow();
        try (Database copy = open(copyUrl, user, password)) {
            models.createAll(copy);
            assertEquals(List.of(), models.diff(copy), "createAll, then diff");

            run(copyUrl, user, password, "ALTER TABLE " + album.name() + " ADD COLUMN note VARCHAR(10)");
            run(copyUrl, user, password, copy.dialect().ddlRenderer().dropIndex(playlistTrack.name(), index.name()));
            if (widen != null) {
                run(copyUrl, user, password, String.format(widen, album.name(), title.name()));
            }
            run(copyUrl, user, password, "CREATE TABLE drift_extra (id INTEGER PRIMARY KEY)");

            List<SchemaDifference> found = models.diff(copy);
            Set<String> expected = new TreeSet<>(Set.of("EXTRA_COLUMN " + album.name() + ".note",
                    "MISSING_INDEX " + playlistTrack.name() + ".null", "EXTRA_TABLE drift_extra.null"));
            if (widen != null) {
                expected.add("TYPE " + album.name() + "." + title.name());
            }
            assertEquals(expected, found.stream().map(d -> d.kind() + " " + d.table() + "." + d.column())
                    .collect(Collectors.toCollection(TreeSet::new)), found.toString());

            Migration m = models.migration(copy).destructive();
            assertEquals(List.of(), m.unsupported());
            m.apply();
            assertEquals(List.of(), models.diff(copy), "after the migration");
        }
    }

    private static Database open(String url, String user, String password) {
        return user == null ? Database.open(url) : Database.open(url, user, password);
    }

    private static void run(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user,
                password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String squash(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Table<?> table(Metadata models, String squashed) {
        return models.tables().stream().filter(t -> squash(t.name()).equals(squashed)).findFirst().orElseThrow();
    }

    private static Column<?> column(Table<?> table, String squashed) {
        return table.columns().stream().filter(c -> squash(c.name()).equals(squashed)).findFirst().orElseThrow();
    }
}
