package dev.quarry.schema;

import java.util.Objects;

/**
 * One column as the database describes it.
 *
 * @param name          the SQL name, exactly as stored
 * @param type          the mapped type
 * @param nullable      false for NOT NULL
 * @param defaultValue  the default as the catalog spells it, or null
 * @param autoIncrement true for identity, serial and AUTO_INCREMENT columns (and SQLite rowid aliases)
 * @since 0.1.0
 */
public record ColumnInfo(String name, ColumnType type, boolean nullable, String defaultValue, boolean autoIncrement) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
