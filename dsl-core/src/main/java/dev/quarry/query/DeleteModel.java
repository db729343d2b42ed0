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
 * @param using     the other tables of {@code DELETE ... USING} (MySQL: {@code DELETE t FROM t, u}), empty for
 *                  none; since 0.2.0
 * @since 0.1.0
 */
public record DeleteModel(Table<?> table, Condition where, boolean whereAll, List<Field<?>> returning,
        List<Table<?>> using) implements Node {

    public DeleteModel {
        returning = List.copyOf(returning);
        using = List.copyOf(using);
    }

    /** A DELETE from one table. */
    public DeleteModel(Table<?> table, Condition where, boolean whereAll, List<Field<?>> returning) {
        this(table, where, whereAll, returning, List.of());
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
