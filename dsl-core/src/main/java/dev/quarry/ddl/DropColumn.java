package dev.quarry.ddl;

import dev.quarry.internal.Checks;

/**
 * {@code ALTER TABLE t DROP COLUMN c}, by name.
 *
 * @param table  the table's SQL name
 * @param column the column's SQL name
 * @since 0.1.0
 */
public record DropColumn(String table, String column) implements DdlStatement {
    public DropColumn {
        Checks.notNull(table, "table");
        Checks.notNull(column, "column");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
