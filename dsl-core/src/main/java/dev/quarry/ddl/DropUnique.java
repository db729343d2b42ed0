package dev.quarry.ddl;

import dev.quarry.internal.Checks;

/**
 * {@code ALTER TABLE t DROP CONSTRAINT u}, by name. Dialects: MySQL {@code ALTER TABLE t DROP INDEX u} (a UNIQUE
 * constraint is its index); SQLite cannot (rendering it throws {@link dev.quarry.UnsupportedFeatureException}).
 *
 * @param table the table's SQL name
 * @param name  the constraint's name
 * @since 0.1.0
 */
public record DropUnique(String table, String name) implements DdlStatement {
    public DropUnique {
        Checks.notNull(table, "table");
        Checks.notNull(name, "name");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitDropUnique(this);
    }
}
