package dev.quarry;

import dev.quarry.query.Inline;
import dev.quarry.query.Join;
import dev.quarry.query.SelectModel;
import dev.quarry.query.Val;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The implicit joins of to-one paths ({@code POSTS.AUTHOR.get(USERS.NAME)}): a select joins the alias of every
 * path it uses once, as soon as the path's source is in its FROM clause or joins.
 */
final class PathJoins {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Method[] m = new Method[rc.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = rc[i].getAccessor();
            }
            return m;
        }
    };

    private PathJoins() {
    }

    /** {@code model} with a join for each path alias it uses but does not join yet. */
    static SelectModel apply(SelectModel model) {
        if (!Table.pathsUsed || model.from().isEmpty()) {
            return model;
        }
        Set<Table<?>> paths = new LinkedHashSet<>();
        collect(model.select(), paths);
        collect(model.where(), paths);
        collect(model.groupBy(), paths);
        collect(model.having(), paths);
        collect(model.orderBy(), paths);
        if (paths.isEmpty()) {
            return model;
        }
        SelectModel m = model;
        boolean added = true;
        while (added) {
            added = false;
            for (Table<?> t : paths) {
                if (!m.sources().contains(t) && m.sources().contains(t.path().source())) {
                    Join j = t.path().pathJoin(t);
                    m = m.withJoin(j);
                    added = true;
                }
            }
        }
        return m;
    }

    private static void collect(Object node, Set<Table<?>> out) {
        if (node == null || node instanceof Val<?> || node instanceof Inline<?> || node instanceof SelectModel) {
            return;
        }
        if (node instanceof Column<?> c) {
            if (c.table().path() != null) {
                out.add(c.table());
            }
        } else if (node instanceof Collection<?> items) {
            for (Object o : items) {
                collect(o, out);
            }
        } else if (node instanceof Record && node.getClass().getPackageName().equals("dev.quarry.query")) {
            for (Method m : ACCESSORS.get(node.getClass())) {
                try {
                    collect(m.invoke(node), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + m + ": " + e, e);
                }
            }
        }
    }
}
