package dev.quarry.ddl;

import dev.quarry.internal.Checks;

/**
 * {@code DROP TABLE t}, by name (a model's table or one only the database has).
 *
 * @param table the table's SQL name
 * @since 0.1.0
 */
public record DropTable(String table) implements DdlStatement {
    public DropTable {
        Checks.notNull(table, "table");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
