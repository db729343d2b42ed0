package dev.quarry.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A table or view. The lists are in a canonical order (columns by position; keys and indexes by name, then
 * columns), so that the same schema gives the same record whatever order the catalog answered in.
 *
 * @param name        the SQL name, exactly as stored
 * @param view        true for a view (generated as a read-only table)
 * @param columns     the columns, by ordinal position
 * @param primaryKey  the primary key columns in key order; empty when there is none
 * @param foreignKeys the foreign keys
 * @param uniqueKeys  the UNIQUE constraints (not the primary key)
 * @param indexes     the other indexes
 * @since 0.1.0
 */
public record TableInfo(String name, boolean view, List<ColumnInfo> columns, List<String> primaryKey,
        List<ForeignKeyInfo> foreignKeys, List<UniqueInfo> uniqueKeys, List<IndexInfo> indexes) {
    public TableInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyInfo::name)
                .thenComparing(f -> String.join(",", f.columns())).thenComparing(ForeignKeyInfo::targetTable)).toList();
        uniqueKeys = uniqueKeys.stream().sorted(Comparator.comparing(UniqueInfo::name)
                .thenComparing(u -> String.join(",", u.columns()))).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(IndexInfo::name)).toList();
    }

    /** The column of this name, or null. */
    public ColumnInfo column(String columnName) {
        for (ColumnInfo c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }
}
