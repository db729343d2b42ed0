package dev.quarry.internal;

import dev.quarry.Field;
import dev.quarry.Row;
import dev.quarry.jdbc.RowShape;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The one implementation of {@link Row}: values in an array, everything else in the shared {@link RowShape}. */
public abstract class AbstractRow implements Row {
    protected final RowShape shape;
    protected final Object[] values;

    protected AbstractRow(RowShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    @Override
    public final Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException("index " + index + " is outside this row of " + values.length
                    + " values");
        }
        return values[index];
    }

    @Override
    public final Object get(String label) {
        Checks.notNull(label, "label");
        int i = shape.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no column labelled '" + label + "' in this row; labels: " + labels());
        }
        return values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public final <T> T get(Field<T> field) {
        Checks.notNull(field, "field");
        int i = shape.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(field + " was not selected; this row holds " + shape.fields());
        }
        return (T) values[i];
    }

    @Override
    public final int size() {
        return values.length;
    }

    @Override
    public final List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public final List<Field<?>> fields() {
        return shape.fields();
    }

    private List<String> labels() {
        String[] l = new String[shape.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = shape.label(i);
        }
        return Arrays.asList(l);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof AbstractRow r && r.getClass() == getClass() && Arrays.deepEquals(r.values, values)
                && r.shape.fields().equals(shape.fields());
    }

    @Override
    public final int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object v = values[i];
            sb.append(v instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(v));
        }
        return sb.append(')').toString();
    }
}
