package dev.quarry.ddl;

import dev.quarry.Column;
import dev.quarry.internal.Checks;

/**
 * {@code ALTER TABLE t ADD COLUMN c TYPE [NOT NULL] [DEFAULT x] [UNIQUE]}: a model column added to its table,
 * defined as {@link CreateTable} defines it.
 *
 * @param column the model column (its table is the one altered)
 * @since 0.1.0
 */
public record AddColumn(Column<?> column) implements DdlStatement {
    public AddColumn {
        Checks.notNull(column, "column");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
