package dev.quarry.it.suite.chinook;

import dev.quarry.Metadata;
import dev.quarry.Table;

/**
 * A Chinook table in either spelling of the sample: PascalCase ({@code InvoiceLine.UnitPrice}, the SQLite and
 * MySQL files) or snake_case ({@code invoice_line.unit_price}, the PostgreSQL file), chosen by the table name.
 */
abstract class ChinookTable<T extends ChinookTable<T>> extends Table<T> {
    ChinookTable(Metadata metadata, String pascalName, boolean snake) {
        super(metadata, snake ? snake(pascalName) : pascalName);
    }

    ChinookTable(T source, String alias) {
        super(source, alias);
    }

    /** A column name in this table's spelling. */
    final String n(String pascal) {
        return Character.isLowerCase(name().charAt(0)) ? snake(pascal) : pascal;
    }

    static String snake(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
