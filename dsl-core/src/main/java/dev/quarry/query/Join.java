package dev.quarry.query;

import dev.quarry.Condition;

/**
 * One join of a FROM clause.
 *
 * @param type  the kind of join
 * @param table what is joined
 * @param on    the ON condition; null for a CROSS JOIN
 * @since 0.1.0
 */
public record Join(Type type, TableSource table, Condition on) {

    /** The kinds of join. */
    public enum Type {
        INNER, LEFT, RIGHT, FULL, CROSS
    }
}
