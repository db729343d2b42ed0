package dev.quarry.internal;

import dev.quarry.Field;
import dev.quarry.query.DerivedColumn;
import dev.quarry.query.SelectModel;
import java.util.ArrayList;
import java.util.List;

/** Resolves {@code t.field(x)} of a derived table or CTE to the column of its select list that {@code x} names. */
public final class DerivedFields {
    private DerivedFields() {
    }

    /**
     * The column of {@code query}'s select list labelled as {@code field} is, seen through {@code qualifier}.
     * A null query (the self-reference inside a recursive CTE) is not checked.
     */
    public static <T> Field<T> resolve(String what, String qualifier, SelectModel query, Field<T> field) {
        Checks.notNull(field, "field");
        String label = field.label();
        if (label == null) {
            throw new IllegalArgumentException(what + ".field(" + field + "): an expression has no name in "
                    + what + "; select it as expr.as(\"name\") and pass that aliased expression");
        }
        if (query != null) {
            List<String> names = new ArrayList<>();
            int matches = 0;
            for (Field<?> f : query.select()) {
                String l = f.label();
                names.add(l == null ? "<unnamed " + f + ">" : l);
                if (label.equalsIgnoreCase(l)) {
                    matches++;
                }
            }
            if (matches == 0) {
                throw new IllegalArgumentException(what + " has no column named " + label + "; its columns are "
                        + names);
            }
            if (matches > 1) {
                throw new IllegalArgumentException(what + " has " + matches + " columns named " + label
                        + ": give them different names with as(..) in its select list");
            }
        }
        return new DerivedColumn<>(qualifier, label, field.type());
    }
}
