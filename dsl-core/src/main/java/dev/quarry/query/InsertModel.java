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

    /**
     * This INSERT as consecutive INSERTs of at most {@code maxBinds} bound values each (at least one row
     * each), in row order; itself when it fits or has no VALUES rows. The executor runs them in one
     * transaction where a database limits the binds of a statement.
     *
     * @since 0.2.0
     */
    public List<InsertModel> split(int maxBinds) {
        int perStatement = Math.max(1, maxBinds / Math.max(1, columns.size()));
        if (select != null || rows.size() <= perStatement) {
            return List.of(this);
        }
        List<InsertModel> out = new java.util.ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            out.add(new InsertModel(table, columns, rows.subList(from, Math.min(rows.size(), from + perStatement)),
                    null, returning, onConflict));
        }
        return out;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
