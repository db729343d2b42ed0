package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.SelectModel;
import java.util.List;

/**
 * An INSERT into any number of columns with untyped rows: {@code insert(A, B, ..., K).values(a, b, ..., k)}.
 *
 * @since 0.1.0
 */
public final class InsertRows extends InsertValues<Row> {
    InsertRows(Table<?> table, List<Column<?>> columns, List<List<Field<?>>> rows, SelectModel select) {
        super(table, columns, rows, select);
    }

    /** A copy with one more row; the values must match the columns in number and type. */
    public InsertRows values(Object... values) {
        Checks.notNull(values, "values");
        for (int i = 0; i < values.length && i < columns.size(); i++) {
            Object v = values[i];
            Class<?> type = columns.get(i).type().javaType();
            if (v != null && type != Object.class && !type.isInstance(v)) {
                throw new IllegalArgumentException("value " + i + " is a " + v.getClass().getSimpleName()
                        + " but column " + columns.get(i) + " holds " + type.getSimpleName());
            }
        }
        return new InsertRows(table, columns, addRow(values), null);
    }

    /** {@code INSERT INTO t (..) SELECT ...}. */
    public InsertRows select(Select<?> select) {
        Checks.notNull(select, "select");
        return new InsertRows(table, columns, List.of(), checkedSelect(select.model()));
    }
}
