package dev.quarry.query;

import dev.quarry.internal.Checks;

/**
 * One member of a compound SELECT after the first: {@code UNION [ALL] select}, {@code INTERSECT [ALL] select}
 * or {@code EXCEPT [ALL] select}.
 *
 * @param kind   the set operator
 * @param all    true for the {@code ALL} form, which keeps duplicates
 * @param select the member
 * @since 0.1.0
 */
public record SetOperation(Kind kind, boolean all, SelectModel select) {

    public SetOperation {
        Checks.notNull(kind, "kind");
        Checks.notNull(select, "select");
    }

    /** The set operators. */
    public enum Kind {
        UNION, INTERSECT, EXCEPT
    }
}
