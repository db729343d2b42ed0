package dev.quarry.jdbc;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.Table;
import dev.quarry.ddl.AddForeignKey;
import dev.quarry.ddl.CreateIndex;
import dev.quarry.ddl.CreateTable;
import dev.quarry.ddl.DdlStatement;
import dev.quarry.ddl.DropForeignKey;
import dev.quarry.ddl.DropTable;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates and drops a metadata's tables: the statements of {@code Metadata.ddl}, and which tables exist.
 *
 * @since 0.1.0
 */
public final class SchemaOps {
    private SchemaOps() {
    }

    /** The DDL for {@code tables} (sorted), with the cycle-closing keys {@code deferred} added after. */
    public static List<String> createStatements(Dialect dialect, List<Table<?>> tables, Set<ForeignKey> deferred,
            boolean ifNotExists) {
        return dialect.ddlRenderer().render(createNodes(dialect, tables, deferred, ifNotExists));
    }

    /** The DDL nodes for {@code tables} (sorted), with the cycle-closing keys {@code deferred} added after. */
    public static List<DdlStatement> createNodes(Dialect dialect, List<Table<?>> tables, Set<ForeignKey> deferred,
            boolean ifNotExists) {
        boolean alter = dialect.supports(Capability.ALTER_ADD_FOREIGN_KEY);
        List<DdlStatement> out = new ArrayList<>();
        for (Table<?> t : tables) {
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (!alter || !deferred.contains(fk)) {
                    inline.add(fk);
                }
            }
            out.add(new CreateTable(t, ifNotExists, inline));
            for (Index index : t.indexes()) {
                out.add(new CreateIndex(t, index));
            }
        }
        if (alter) {
            for (ForeignKey fk : deferred) {
                out.add(new AddForeignKey(fk));
            }
        }
        return out;
    }

    /** Creates the tables; with {@code skipExisting} tables already there (by name) are left alone. */
    public static void createAll(Database db, List<Table<?>> tables, Set<ForeignKey> deferred, boolean skipExisting) {
        List<Table<?>> todo = tables;
        if (skipExisting) {
            Set<String> existing = existingTables(db);
            todo = new ArrayList<>();
            for (Table<?> t : tables) {
                if (!contains(existing, t.name())) {
                    todo.add(t);
                }
            }
        }
        Set<ForeignKey> keys = new HashSet<>();
        for (ForeignKey fk : deferred) {
            if (todo.contains(fk.table())) {
                keys.add(fk);
            }
        }
        for (String sql : createStatements(db.dialect(), todo, keys, false)) {
            Executor.executeSql(db, sql);
        }
    }

    /** Drops the tables that exist, in reverse order, first dropping cycle-closing keys where they exist. */
    public static void dropAll(Database db, List<Table<?>> tables, Set<ForeignKey> deferred) {
        if (db.dialect().supports(Capability.TRANSACTIONAL_DDL) && !db.inTransaction()) {
            db.transaction(tx -> dropAll(tx, tables, deferred));
            return;
        }
        Set<String> existing = existingTables(db);
        DdlRenderer ddl = db.dialect().ddlRenderer();
        for (String sql : ddl.beforeDropAll()) {
            Executor.executeSql(db, sql);
        }
        if (db.dialect().supports(Capability.ALTER_ADD_FOREIGN_KEY)) {
            for (ForeignKey fk : deferred) {
                if (contains(existing, fk.table().name()) && hasForeignKey(db, fk)) {
                    execute(db, ddl, new DropForeignKey(fk.table().name(), fk.name()));
                }
            }
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table<?> t = tables.get(i);
            if (contains(existing, t.name())) {
                execute(db, ddl, new DropTable(t.name()));
            }
        }
    }

    private static void execute(Database db, DdlRenderer ddl, DdlStatement statement) {
        for (String sql : ddl.render(statement)) {
            Executor.executeSql(db, sql);
        }
    }

    private static boolean contains(Set<String> names, String name) {
        return names.contains(name);
    }

    /** The names of the tables (not views) in the connection's current catalog and schema. */
    public static Set<String> existingTables(Database db) {
        Connection c = db.acquireConnection();
        try {
            DatabaseMetaData md = c.getMetaData();
            Set<String> names = new HashSet<>();
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new QueryExecutionException("could not list the tables of the database", null, e);
        } finally {
            db.releaseConnection(c);
        }
    }

    private static boolean hasForeignKey(Database db, ForeignKey fk) {
        Connection c = db.acquireConnection();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), fk.table().name())) {
            while (rs.next()) {
                if (fk.name().equalsIgnoreCase(rs.getString("FK_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new QueryExecutionException("could not read the foreign keys of " + fk.table().name(), null, e);
        } finally {
            db.releaseConnection(c);
        }
    }

    /** The database's tables, as the dialect's schema reader reads the connection's current schema. */
    public static dev.quarry.schema.SchemaInfo read(Database db) {
        Connection c = db.acquireConnection();
        try {
            return db.dialect().schemaReader().read(c, dev.quarry.schema.ReadOptions.all());
        } catch (SQLException e) {
            throw new QueryExecutionException("could not read the schema of the database", null, e);
        } finally {
            db.releaseConnection(c);
        }
    }
}
