package dev.quarry.dialects.sqlite;

import dev.quarry.Column;
import dev.quarry.SchemaException;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.ddl.AddUnique;
import dev.quarry.ddl.AlterColumn;
import dev.quarry.ddl.DropForeignKey;
import dev.quarry.ddl.DropUnique;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;

/**
 * SQLite DDL: an auto-increment key is {@code INTEGER PRIMARY KEY AUTOINCREMENT}, the rowid alias
 * (https://www.sqlite.org/autoinc.html), and a declared length is checked, since SQLite ignores it
 * (https://www.sqlite.org/datatype3.html): {@code name VARCHAR(20) NOT NULL CHECK (length(name) <= 20)}.
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

    /**
     * Adds {@code CHECK (length(col) <= n)} to a {@code varchar(n)} or {@code chr(n)} column, so that an over-long
     * value fails as it does on PostgreSQL and MySQL (here with SQLState 23514 and the check's text, which names
     * the column); {@code length} counts characters, as the other databases do.
     */
    @Override
    protected String columnDefinition(Column<?> c, boolean primaryKey) {
        String definition = super.columnDefinition(c, primaryKey);
        SqlType.Kind kind = c.type().storage().kind();
        int length = c.type().storage().length();
        if ((kind == SqlType.Kind.VARCHAR || kind == SqlType.Kind.CHAR) && length > 0) {
            definition += " CHECK (length(" + name(c.name()) + ") <= " + length + ")";
        }
        return definition;
    }

    @Override
    protected String renderAutoIncrement(Column<?> c, boolean primaryKey) {
        if (!primaryKey) {
            throw new SchemaException("column " + c + ": SQLite can only auto-increment a single-column primary key");
        }
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** {@code CREATE UNIQUE INDEX t_a_b_key ON t (a, b)}: SQLite's ALTER TABLE cannot add a constraint. */
    @Override
    public java.util.List<String> visitAddUnique(AddUnique node) {
        Table<?> table = node.table();
        java.util.List<Column<?>> columns = node.columns();
        StringBuilder key = new StringBuilder(table.name());
        for (Column<?> c : columns) {
            key.append('_').append(c.name());
        }
        return java.util.List.of(
                "CREATE UNIQUE INDEX " + name(key + "_key") + " ON " + name(table.name()) + " (" + names(columns) + ")");
    }

    /** Refused: https://www.sqlite.org/lang_altertable.html#otheralter (copy the table instead). */
    @Override
    public java.util.List<String> visitAlterColumn(AlterColumn node) {
        throw copyTable("changing the type, nullability or default of column " + node.column());
    }

    /** Refused: SQLite's ALTER TABLE cannot drop a constraint (copy the table instead). */
    @Override
    public java.util.List<String> visitDropUnique(DropUnique node) {
        throw copyTable("dropping UNIQUE constraint " + node.name() + " of table " + node.table());
    }

    /** Refused: SQLite's ALTER TABLE cannot drop a foreign key (copy the table instead). */
    @Override
    public java.util.List<String> visitDropForeignKey(DropForeignKey node) {
        throw copyTable("dropping a foreign key of table " + node.table());
    }

    /** An auto-increment key is the rowid alias, {@code INTEGER} whatever its declared width. */
    @Override
    public SqlType<?> storedType(SqlType<?> declared, boolean autoIncrement) {
        return autoIncrement ? SqlType.INTEGER : declared;
    }

    private UnsupportedFeatureException copyTable(String what) {
        return new UnsupportedFeatureException(what, dialect.name(), "SQLite's ALTER TABLE cannot make this change;"
                + " copy the table as https://www.sqlite.org/lang_altertable.html#otheralter describes");
    }
}
