package dev.quarry.schema;

import java.util.regex.Pattern;

/**
 * What to read: the schema (null for the connection's current one) and the table filters. A table is read when
 * its name matches {@code include} as a whole and does not match {@code exclude}.
 *
 * @param schema  the schema (PostgreSQL) or database (MySQL); null for the connection's own; ignored by SQLite
 * @param include a regular expression over table names, or null for all
 * @param exclude a regular expression over table names, or null for none
 * @since 0.1.0
 */
public record ReadOptions(String schema, Pattern include, Pattern exclude) {
    /** Every table of the connection's current schema. */
    public static ReadOptions all() {
        return new ReadOptions(null, null, null);
    }

    /** True if the table of this name is selected. */
    public boolean selects(String tableName) {
        return (include == null || include.matcher(tableName).matches())
                && (exclude == null || !exclude.matcher(tableName).matches());
    }
}
