package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Comparison;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.Junction;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Shared key resolution for relationships. */
final class Relationships {
    private Relationships() {
    }

    /** The columns of {@code target} that {@code fk} (columns of {@code source}) points at. */
    static List<Column<?>> referenced(Table<?> source, List<Column<?>> fk, Table<?> target) {
        for (dev.quarry.schema.ForeignKey key : source.registered().foreignKeys()) {
            if (sameNames(key.columns(), fk) && key.targetTable().name().equals(target.name())) {
                return onTable(key.targetColumns(), target);
            }
        }
        List<Column<?>> pk = target.primaryKeyColumns();
        if (pk.size() != fk.size()) {
            throw new SchemaException("cannot tell which columns of " + target.name() + " the columns " + fk
                    + " point at: declare references(..) on them");
        }
        return pk;
    }

    static boolean sameNames(List<Column<?>> a, List<Column<?>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    static List<Column<?>> onTable(List<Column<?>> columns, Table<?> table) {
        List<Column<?>> out = new ArrayList<>(columns.size());
        for (Column<?> c : columns) {
            out.add(table.columnNamed(c.name()));
        }
        return out;
    }

    static Condition on(List<Column<?>> left, List<Column<?>> right) {
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            parts.add(new Comparison(Comparison.Operator.EQ, left.get(i), right.get(i)));
        }
        return parts.size() == 1 ? parts.get(0) : new Junction(true, parts);
    }

    /** The name of the instance field of {@code source} holding {@code relationship}, or null. */
    static String fieldName(Table<?> source, Object relationship) {
        for (Class<?> k = source.getClass(); k != null && k != Table.class; k = k.getSuperclass()) {
            for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !Relationship.class.isAssignableFrom(f.getType())
                        || !f.trySetAccessible()) {
                    continue;
                }
                try {
                    if (f.get(source) == relationship) {
                        return f.getName();
                    }
                } catch (IllegalAccessException e) {
                    // not readable: keep looking; an unnamed relationship still loads
                }
            }
        }
        return null;
    }

    /**
     * {@code existing} and the loads of {@code relationships}: one that starts where {@code startsHere} accepts is
     * added at this level, any other below the load named last (the deepest first) whose target it starts from,
     * so that {@code with(USERS.POSTS, POSTS.COMMENTS, COMMENTS.AUTHOR)} is a chain.
     */
    static List<EagerLoad> attach(List<EagerLoad> existing, Relationship<?>[] relationships,
            Predicate<Table<?>> startsHere, String context) {
        Checks.notNull(relationships, "relationships");
        List<EagerLoad> out = new ArrayList<>(existing);
        for (Relationship<?> r : relationships) {
            Checks.notNull(r, "a relationship passed to with(..) is null");
            EagerLoad load = r.load();
            if (startsHere.test(r.source())) {
                out = add(out, load, context);
                continue;
            }
            List<EagerLoad> below = attachBelow(out, load, context);
            if (below == null) {
                String spelled = dev.quarry.internal.LoadHint.spelling(r);
                throw new IllegalArgumentException(context + ": " + spelled + " starts at " + r.source()
                        + ", which is neither a table of this query nor the target of a relationship loaded before it;"
                        + " load it below a relationship that reaches " + r.source().name() + ", as in with(<that>.with("
                        + spelled + "))");
            }
            out = below;
        }
        return List.copyOf(out);
    }

    private static List<EagerLoad> add(List<EagerLoad> loads, EagerLoad load, String context) {
        for (EagerLoad l : loads) {
            if (l.relationship().equals(load.relationship())) {
                throw new IllegalArgumentException(context + ": " + load.relationship() + " is loaded twice");
            }
        }
        List<EagerLoad> out = new ArrayList<>(loads);
        out.add(load);
        return out;
    }

    private static List<EagerLoad> attachBelow(List<EagerLoad> loads, EagerLoad load, String context) {
        for (int i = loads.size() - 1; i >= 0; i--) {
            EagerLoad l = loads.get(i);
            List<EagerLoad> nested = attachBelow(l.nested(), load, context);
            if (nested == null && l.relationship().target().equals(load.relationship().source())) {
                nested = add(l.nested(), load, context);
            }
            if (nested != null) {
                List<EagerLoad> out = new ArrayList<>(loads);
                out.set(i, new EagerLoad(l.relationship(), l.where(), l.orderBy(), nested));
                return out;
            }
        }
        return null;
    }
}
