package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;
import dev.quarry.Table;
import java.util.List;

/**
 * The immutable model of an UPDATE.
 *
 * @param table     the table updated
 * @param set       the assignments
 * @param where     the WHERE condition, or null when {@code whereAll}
 * @param whereAll  true when every row is meant ({@code whereAll()})
 * @param returning the RETURNING expressions (empty: none)
 * @param from      the other tables of {@code UPDATE ... FROM} (MySQL: {@code UPDATE t, u}), empty for none;
 *                  since 0.2.0
 * @since 0.1.0
 */
public record UpdateModel(Table<?> table, List<Assignment> set, Condition where, boolean whereAll,
        List<Field<?>> returning, List<Table<?>> from) implements Node {

    public UpdateModel {
        set = List.copyOf(set);
        returning = List.copyOf(returning);
        from = List.copyOf(from);
    }

    /** An UPDATE of one table. */
    public UpdateModel(Table<?> table, List<Assignment> set, Condition where, boolean whereAll,
            List<Field<?>> returning) {
        this(table, set, where, whereAll, returning, List.of());
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitUpdate(this);
    }
}
