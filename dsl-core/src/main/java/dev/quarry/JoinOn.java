package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Join;
import dev.quarry.query.TableSource;
import dev.quarry.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A join waiting for its condition: {@code .on(condition)} or {@code .onKey()}.
 *
 * @param <S> the select the join returns to
 * @since 0.1.0
 */
public final class JoinOn<S extends SelectStep<?, S>> {
    private final S select;
    private final Join.Type type;
    private final TableSource table;

    JoinOn(S select, Join.Type type, TableSource table) {
        this.select = select;
        this.type = type;
        this.table = table;
    }

    /** {@code ... JOIN t ON condition}. */
    public S on(Condition condition) {
        return select.withJoin(new Join(type, table, Checks.notNull(condition, "condition")));
    }

    /**
     * {@code ... JOIN t ON} the foreign key between {@code t} and a table already in FROM. No key, or more
     * than one, is a {@link SchemaException} naming the candidates: then write {@link #on}.
     */
    public S onKey() {
        if (!(table instanceof Table<?> joined)) {
            throw new SchemaException("onKey() needs a table to join, not " + table + ": write on(..)");
        }
        List<Condition> candidates = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (var source : select.model().sources()) {
            if (source instanceof Table<?> existing && !existing.equals(joined)) {
                keys(joined, existing, candidates, described);
                keys(existing, joined, candidates, described);
            }
        }
        if (candidates.size() != 1) {
            throw new SchemaException((candidates.isEmpty() ? "no foreign key" : "more than one foreign key")
                    + " links " + joined + " with " + select.model().sources() + (described.isEmpty() ? ""
                            : ": " + described) + "; write on(..) instead of onKey()");
        }
        return select.withJoin(new Join(type, table, candidates.get(0)));
    }

    /** Adds a condition for each key of {@code from} pointing at {@code to}'s table. */
    private static void keys(Table<?> from, Table<?> to, List<Condition> out, List<String> described) {
        for (ForeignKey fk : from.registered().foreignKeys()) {
            if (fk.targetTable().registered().equals(to.registered())) {
                List<Column<?>> left = Relationships.onTable(fk.columns(), from);
                List<Column<?>> right = Relationships.onTable(fk.targetColumns(), to);
                String d = left + " -> " + right;
                if (!described.contains(d)) {
                    described.add(d);
                    out.add(Relationships.on(left, right));
                }
            }
        }
    }
}
