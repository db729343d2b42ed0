package dev.quarry.ddl;

import dev.quarry.internal.Checks;

/**
 * {@code DROP INDEX i}, by name. Dialects: MySQL {@code DROP INDEX i ON t}.
 *
 * @param table the table's SQL name (MySQL needs it)
 * @param name  the index's name
 * @since 0.1.0
 */
public record DropIndex(String table, String name) implements DdlStatement {
    public DropIndex {
        Checks.notNull(table, "table");
        Checks.notNull(name, "name");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
