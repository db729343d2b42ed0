package dev.quarry.internal;

import dev.quarry.Field;
import dev.quarry.ManyToMany;
import dev.quarry.Relationship;
import dev.quarry.Row;
import dev.quarry.ToMany;
import dev.quarry.ToOne;
import dev.quarry.jdbc.RowShape;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The one implementation of {@link Row}: values in an array, everything else in the shared {@link RowShape}. */
public abstract class AbstractRow implements Row {
    protected final RowShape shape;
    protected final Object[] values;
    /**
     * The relationships loaded by {@code with(..)} and their rows, set by the loader before the query returns
     * the row (so before it can be shared); null when none was loaded.
     */
    private Relationship<?>[] loaded;
    private Object[] related;

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
    @SuppressWarnings("unchecked")
    public final List<Row> get(ToMany<?> relationship) {
        return (List<Row>) related(relationship);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final List<Row> get(ManyToMany<?> relationship) {
        return (List<Row>) related(relationship);
    }

    @Override
    public final Row get(ToOne<?> relationship) {
        return (Row) related(relationship);
    }

    private Object related(Relationship<?> relationship) {
        Checks.notNull(relationship, "relationship");
        if (loaded != null) {
            for (int i = 0; i < loaded.length; i++) {
                if (loaded[i].equals(relationship)) {
                    return related[i];
                }
            }
        }
        throw new IllegalStateException(LoadHint.notLoaded(relationship, loaded));
    }

    /**
     * Records what the loader found for {@code relationship}: a {@code List<Row>} or, for a to-one, a row or null.
     * Called only while the query that made this row runs.
     */
    public final void attach(Relationship<?> relationship, Object rows) {
        int n = loaded == null ? 0 : loaded.length;
        Relationship<?>[] l = new Relationship<?>[n + 1];
        Object[] r = new Object[n + 1];
        if (n > 0) {
            System.arraycopy(loaded, 0, l, 0, n);
            System.arraycopy(related, 0, r, 0, n);
        }
        l[n] = relationship;
        r[n] = rows;
        loaded = l;
        related = r;
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
