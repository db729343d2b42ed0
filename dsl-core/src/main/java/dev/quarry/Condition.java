package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.Junction;
import dev.quarry.query.Node;
import dev.quarry.query.Not;
import java.util.ArrayList;
import java.util.List;

/**
 * A boolean SQL condition for WHERE, HAVING and ON.
 *
 * @since 0.1.0
 */
public interface Condition extends Node {

    /** {@code this AND other}. */
    default Condition and(Condition other) {
        return join(true, other);
    }

    /** {@code this OR other}. */
    default Condition or(Condition other) {
        return join(false, other);
    }

    /** {@code NOT this}. */
    default Condition not() {
        return new Not(this);
    }

    private Condition join(boolean and, Condition other) {
        Checks.notNull(other, "other");
        List<Condition> list = new ArrayList<>();
        if (this instanceof Junction j && j.and() == and) {
            list.addAll(j.conditions());
        } else {
            list.add(this);
        }
        if (other instanceof Junction j && j.and() == and) {
            list.addAll(j.conditions());
        } else {
            list.add(other);
        }
        return new Junction(and, list);
    }
}
