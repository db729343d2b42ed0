package dev.quarry.schema;

import dev.quarry.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key, possibly composite or self-referencing.
 *
 * @param name          the constraint name, or an empty string when the database keeps none
 * @param columns       the referencing columns, in key order
 * @param targetTable   the referenced table
 * @param targetColumns the referenced columns, in key order
 * @param onDelete      the ON DELETE action, or null for the default (NO ACTION)
 * @param onUpdate      the ON UPDATE action, or null for the default (NO ACTION)
 * @since 0.1.0
 */
public record ForeignKeyInfo(String name, List<String> columns, String targetTable, List<String> targetColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKeyInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(targetColumns);
        if (onDelete == ReferentialAction.NO_ACTION) {
            onDelete = null;
        }
        if (onUpdate == ReferentialAction.NO_ACTION) {
            onUpdate = null;
        }
    }
}
