package dev.quarry.internal;

import dev.quarry.Relationship;
import dev.quarry.Table;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** The message of reading a relationship that was not loaded: which one, and the {@code with(..)} that loads it. */
public final class LoadHint {
    private LoadHint() {
    }

    /** Says that {@code relationship} was not loaded (the row has {@code loaded}, possibly null). */
    public static String notLoaded(Relationship<?> relationship, Relationship<?>[] loaded) {
        String spelled = spelling(relationship);
        return spelled + " was not loaded for this row: add .with(" + spelled + ") to the query that read it"
                + " (reading a relationship never runs a query); this row has "
                + (loaded == null ? "no loaded relationships" : "loaded " + Arrays.toString(loaded));
    }

    /** How a user writes the relationship: {@code USERS.POSTS}, or {@code m.REPORTS} for an alias. */
    public static String spelling(Relationship<?> relationship) {
        Table<?> source = relationship.source();
        String field = relationship.name() != null ? relationship.name() : relationship.toString();
        if (source.alias() != null) {
            return source.alias() + "." + field;
        }
        return constantName(source) + "." + field;
    }

    private static String constantName(Table<?> table) {
        for (java.lang.reflect.Field f : table.getClass().getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && f.getType() == table.getClass() && f.trySetAccessible()) {
                try {
                    if (f.get(null) == table) {
                        return f.getName();
                    }
                } catch (IllegalAccessException e) {
                    // fall back to the table's name
                }
            }
        }
        return table.name();
    }
}
