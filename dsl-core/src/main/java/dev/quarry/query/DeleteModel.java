package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;
import dev.quarry.Table;
import java.util.List;

/**
 * The immutable model of a DELETE.
 *
 * @param table     the table deleted from
 * @param where     the WHERE condition, or null when {@code whereAll}
 * @param whereAll  true when every row is meant ({@code whereAll()})
 * @param returning the RETURNING expressions (empty: none)
 * @since 0.1.0
 */
public record DeleteModel(Table<?> table, Condition where, boolean whereAll, List<Field<?>> returning)
        implements Node {

    public DeleteModel {
        returning = List.copyOf(returning);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
