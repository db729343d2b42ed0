package dev.quarry;

import dev.quarry.dialect.Capability;
import dev.quarry.jdbc.Executor;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL that brings a database to the models of a {@link Metadata}, from {@link Metadata#migration(Database)}:
 * additive only (create tables in dependency order, add columns, widen columns or allow NULL, set defaults, add
 * UNIQUE constraints, indexes and foreign keys) unless {@link #destructive()} asks for drops and narrowing too.
 *
 * <pre>{@code
 * Migration m = Db.METADATA.migration(db);
 * Files.write(Path.of("V2__add_email.sql"), m.script().getBytes(UTF_8));   // for review, Flyway or Liquibase
 * m.apply();                                                                 // or run it now
 * }</pre>
 *
 * <p>Dialects: PostgreSQL and SQLite run {@link #apply()} in one transaction; MySQL commits each DDL statement
 * by itself. SQLite's {@code ALTER TABLE} cannot change or drop a column's type, nullability, default or
 * constraints, nor add a foreign key: those changes are {@link #unsupported()} (copy the table by hand, as
 * https://www.sqlite.org/lang_altertable.html#otheralter describes).
 *
 * @since 0.1.0
 */
public final class Migration {
    private final Database db;
    private final List<String> additive;
    private final List<String> dropping;
    private final List<String> refused;
    private final List<String> refusedDropping;
    private final boolean destructive;

    Migration(Database db, List<String> additive, List<String> dropping, List<String> refused,
            List<String> refusedDropping, boolean destructive) {
        this.db = db;
        this.additive = List.copyOf(additive);
        this.dropping = List.copyOf(dropping);
        this.refused = List.copyOf(refused);
        this.refusedDropping = List.copyOf(refusedDropping);
        this.destructive = destructive;
    }

    /** The statements, in the order they run; empty when nothing differs (or nothing can be done in place). */
    public List<String> statements() {
        if (!destructive) {
            return additive;
        }
        List<String> all = new ArrayList<>(additive);
        all.addAll(dropping);
        return List.copyOf(all);
    }

    /** A copy that also drops what no model declares (tables, columns, keys, indexes) and narrows columns. */
    public Migration destructive() {
        return new Migration(db, additive, dropping, refused, refusedDropping, true);
    }

    /** True for a copy from {@link #destructive()}. */
    public boolean isDestructive() {
        return destructive;
    }

    /** One line per difference this migration cannot reconcile in place, with the reason; empty when none. */
    public List<String> unsupported() {
        if (!destructive) {
            return refused;
        }
        List<String> all = new ArrayList<>(refused);
        all.addAll(refusedDropping);
        return List.copyOf(all);
    }

    /** The statements as a script: one per line, each ending in {@code ;}, after comments for {@link #unsupported()}. */
    public String script() {
        StringBuilder sb = new StringBuilder();
        for (String u : unsupported()) {
            sb.append("-- not migrated: ").append(u.replace('\n', ' ')).append('\n');
        }
        for (String s : statements()) {
            sb.append(s).append(";\n");
        }
        return sb.toString();
    }

    /**
     * Runs {@link #statements()} on the database, in one transaction where the database makes DDL transactional.
     *
     * @throws UnsupportedFeatureException before running anything, when a difference cannot be reconciled in place
     * @throws QueryExecutionException when a statement fails (e.g. NOT NULL added to a column that holds NULL)
     */
    public void apply() {
        if (!unsupported().isEmpty()) {
            throw new UnsupportedFeatureException("migrating " + unsupported().size() + " difference(s) in place",
                    db.dialect().name(), String.join("; ", unsupported()));
        }
        List<String> run = statements();
        if (run.isEmpty()) {
            return;
        }
        if (db.dialect().supports(Capability.TRANSACTIONAL_DDL) && !db.inTransaction()) {
            db.transaction(tx -> run.forEach(sql -> Executor.executeSql(tx, sql)));
        } else {
            run.forEach(sql -> Executor.executeSql(db, sql));
        }
    }

    @Override
    public String toString() {
        return script();
    }
}
