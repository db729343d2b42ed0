package dev.quarry;

import dev.quarry.query.Comparison;
import dev.quarry.query.Junction;
import java.util.ArrayList;
import java.util.List;

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
}
