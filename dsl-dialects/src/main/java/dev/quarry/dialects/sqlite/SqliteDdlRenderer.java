package dev.quarry.dialects.sqlite;

import dev.quarry.Column;
import dev.quarry.SchemaException;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;

/**
 * SQLite DDL: an auto-increment key is {@code INTEGER PRIMARY KEY AUTOINCREMENT}, the rowid alias
 * (https://www.sqlite.org/autoinc.html).
 *
 * @since 0.1.0
 */
public class SqliteDdlRenderer extends DdlRenderer {
    public SqliteDdlRenderer(Dialect dialect) {
        super(dialect);
    }

    /** https://www.sqlite.org/pragma.html#pragma_defer_foreign_keys: checked at commit, when both tables are gone. */
    @Override
    public java.util.List<String> beforeDropAll() {
        return java.util.List.of("PRAGMA defer_foreign_keys = ON");
    }

    /** https://www.sqlite.org/lang_createtable.html#the_primary_key: a PRIMARY KEY allows NULL in SQLite. */
    @Override
    protected boolean primaryKeyImpliesNotNull() {
        return false;
    }

    @Override
    protected String renderAutoIncrement(Column<?> c, boolean primaryKey) {
        if (!primaryKey) {
            throw new SchemaException("column " + c + ": SQLite can only auto-increment a single-column primary key");
        }
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }
}
