package dev.quarry.query;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.Table;
import java.util.List;

/**
 * The immutable model of an INSERT: VALUES rows or a SELECT, optional RETURNING and upsert clause.
 *
 * @param table      the target table
 * @param columns    the target columns
 * @param rows       the VALUES rows (each as long as {@code columns}); empty when {@code select} is set
 * @param select     INSERT ... SELECT, or null
 * @param returning  the RETURNING expressions (empty: none)
 * @param onConflict the upsert clause, or null
 * @since 0.1.0
 */
public record InsertModel(Table<?> table, List<Column<?>> columns, List<List<Field<?>>> rows, SelectModel select,
        List<Field<?>> returning, OnConflict onConflict) implements Node {

    public InsertModel {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        returning = List.copyOf(returning);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
