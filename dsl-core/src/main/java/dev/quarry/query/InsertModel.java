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
     * @since 0.1.0
     */
    public List<InsertModel> split(int maxBinds) {
        return split(maxBinds, Long.MAX_VALUE);
    }

    /**
     * As {@link #split(int)}, also keeping each statement's values under about {@code maxBytes} (text counted
     * at 3 bytes a character, as UTF-8 and escaping may need; binary at 2 bytes a byte; other values at 32).
     *
     * @since 0.1.0
     */
    public List<InsertModel> split(int maxBinds, long maxBytes) {
        int perStatement = Math.max(1, maxBinds / Math.max(1, columns.size()));
        if (select != null || rows.size() <= perStatement && maxBytes == Long.MAX_VALUE) {
            return List.of(this);
        }
        List<InsertModel> out = new java.util.ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < rows.size(); i++) {
            long rowBytes = estimatedBytes(rows.get(i));
            if (i > from && (i - from == perStatement || bytes + rowBytes > maxBytes)) {
                out.add(part(from, i));
                from = i;
                bytes = 0;
            }
            bytes += rowBytes;
        }
        if (out.isEmpty()) {
            return List.of(this);
        }
        out.add(part(from, rows.size()));
        return out;
    }

    private InsertModel part(int from, int to) {
        return new InsertModel(table, columns, rows.subList(from, to), null, returning, onConflict);
    }

    private static long estimatedBytes(List<Field<?>> row) {
        long n = 0;
        for (Field<?> f : row) {
            Object v = f instanceof Val<?> val ? val.value() : null;
            if (v instanceof CharSequence text) {
                n += 3L * text.length() + 8;
            } else if (v instanceof byte[] bytes) {
                n += 2L * bytes.length + 16;
            } else {
                n += 32;
            }
        }
        return n;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
