package dev.quarry.internal;

import dev.quarry.jdbc.RowShape;

/** A row of any degree, for {@code Table.select()} and selects of more than ten columns. */
public final class GenericRow extends AbstractRow {
    public GenericRow(RowShape shape, Object[] values) {
        super(shape, values);
    }
}
