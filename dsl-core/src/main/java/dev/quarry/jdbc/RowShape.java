package dev.quarry.jdbc;

import dev.quarry.Field;
import dev.quarry.query.Aliased;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every row of one query shares: its fields, their labels and the look-up tables for
 * {@code Row.get(field)} and {@code Row.get(label)}. Built once per query plan, never per row.
 */
public final class RowShape {
    private final List<Field<?>> fields;
    private final String[] labels;
    private final Map<Field<?>, Integer> byField;
    private final Map<String, Integer> byLabel;
    private final Map<String, Integer> byLowerLabel;

    public RowShape(List<Field<?>> fields) {
        this.fields = List.copyOf(fields);
        this.labels = new String[fields.size()];
        this.byField = new HashMap<>();
        this.byLabel = new HashMap<>();
        this.byLowerLabel = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            Field<?> f = fields.get(i);
            labels[i] = f.label();
            byField.putIfAbsent(f, i);
            if (labels[i] != null) {
                byLabel.putIfAbsent(labels[i], i);
                byLowerLabel.putIfAbsent(labels[i].toLowerCase(Locale.ROOT), i);
            }
        }
        for (int i = 0; i < labels.length; i++) {
            if (fields.get(i) instanceof Aliased<?> a) {
                byField.putIfAbsent(a.field(), i);
            }
        }
    }

    public List<Field<?>> fields() {
        return fields;
    }

    public int size() {
        return labels.length;
    }

    public String label(int i) {
        return labels[i];
    }

    /** The index of {@code field}, or -1. */
    public int indexOf(Field<?> field) {
        Integer i = byField.get(field);
        return i == null ? -1 : i;
    }

    /** The index of the first column labelled {@code label} (exact, else ignoring case), or -1. */
    public int indexOf(String label) {
        Integer i = byLabel.get(label);
        if (i == null) {
            i = byLowerLabel.get(label.toLowerCase(Locale.ROOT));
        }
        return i == null ? -1 : i;
    }
}
