package dev.quarry.ddl;

import dev.quarry.Table;
import dev.quarry.internal.Checks;
import dev.quarry.schema.Index;

/**
 * {@code CREATE [UNIQUE] INDEX i ON t (a, b)}.
 *
 * @param table the model table
 * @param index the model's index
 * @since 0.1.0
 */
public record CreateIndex(Table<?> table, Index index) implements DdlStatement {
    public CreateIndex {
        Checks.notNull(table, "table");
        Checks.notNull(index, "index");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
