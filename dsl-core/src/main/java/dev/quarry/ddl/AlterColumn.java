package dev.quarry.ddl;

import dev.quarry.Column;
import dev.quarry.internal.Checks;

/**
 * Gives an existing column the model's type, nullability or default (those flagged):
 * {@code ALTER TABLE t ALTER COLUMN c TYPE x}, {@code ... SET NOT NULL} / {@code DROP NOT NULL},
 * {@code ... SET DEFAULT x} / {@code DROP DEFAULT}, one statement per flag.
 * Dialects: MySQL one {@code MODIFY COLUMN} restating the whole column; SQLite cannot (rendering it throws
 * {@link dev.quarry.UnsupportedFeatureException}: copy the table instead).
 *
 * @param column       the model column, as it should be
 * @param type         whether to change the type
 * @param nullability  whether to change the nullability
 * @param defaultValue whether to change the default
 * @since 0.1.0
 */
public record AlterColumn(Column<?> column, boolean type, boolean nullability, boolean defaultValue) implements DdlStatement {
    public AlterColumn {
        Checks.notNull(column, "column");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
