package dev.quarry.ddl;

import dev.quarry.internal.Checks;

/**
 * {@code ALTER TABLE t DROP CONSTRAINT fk}, by name. Dialects: MySQL {@code DROP FOREIGN KEY fk}; SQLite cannot
 * (rendering it throws {@link dev.quarry.UnsupportedFeatureException}: copy the table instead).
 *
 * @param table the table's SQL name
 * @param name  the constraint's name
 * @since 0.1.0
 */
public record DropForeignKey(String table, String name) implements DdlStatement {
    public DropForeignKey {
        Checks.notNull(table, "table");
        Checks.notNull(name, "name");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
