package dev.quarry.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SchemaReader} read: the selected tables and views, sorted by name, and the warnings about what
 * could not be mapped (each names its table and column).
 *
 * @param product  the database product, e.g. {@code SQLite}
 * @param tables   the tables and views, sorted by name
 * @param warnings warnings, sorted
 * @since 0.1.0
 */
public record SchemaInfo(String product, List<TableInfo> tables, List<String> warnings) {
    public SchemaInfo {
        Objects.requireNonNull(product, "product");
        tables = tables.stream().sorted(Comparator.comparing(TableInfo::name)).toList();
        warnings = warnings.stream().sorted().distinct().toList();
    }

    /** The table or view of this name, or null. */
    public TableInfo table(String name) {
        for (TableInfo t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
