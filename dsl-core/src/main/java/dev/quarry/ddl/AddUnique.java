package dev.quarry.ddl;

import dev.quarry.Column;
import dev.quarry.Table;
import dev.quarry.internal.Checks;
import java.util.List;

/**
 * {@code ALTER TABLE t ADD UNIQUE (a, b)}. Dialects: SQLite {@code CREATE UNIQUE INDEX t_a_b_key ON t (a, b)}
 * (its ALTER TABLE cannot add a constraint).
 *
 * @param table   the model table
 * @param columns the constrained columns, in order
 * @since 0.1.0
 */
public record AddUnique(Table<?> table, List<Column<?>> columns) implements DdlStatement {
    public AddUnique {
        Checks.notNull(table, "table");
        columns = List.copyOf(Checks.notNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns must not be empty");
        }
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitAddUnique(this);
    }
}
