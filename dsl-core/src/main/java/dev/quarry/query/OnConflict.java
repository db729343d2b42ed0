package dev.quarry.query;

import dev.quarry.Column;
import dev.quarry.Condition;
import java.util.List;

/**
 * The conflict clause of an upsert.
 *
 * @param target    the columns of the unique key that may conflict (ignored by MySQL's ON DUPLICATE KEY)
 * @param doNothing true for DO NOTHING
 * @param updates   the DO UPDATE SET assignments
 * @param where     the condition under which DO UPDATE happens ({@code DO UPDATE SET .. WHERE ..}), or null;
 *                  since 0.2.0
 * @since 0.1.0
 */
public record OnConflict(List<Column<?>> target, boolean doNothing, List<Assignment> updates, Condition where) {
    public OnConflict {
        target = List.copyOf(target);
        updates = List.copyOf(updates);
        if (where != null && (doNothing || updates.isEmpty())) {
            throw new IllegalStateException("an upsert's where(..) needs doUpdate().set(..): DO NOTHING takes no WHERE");
        }
    }

    /** A conflict clause whose DO UPDATE has no condition. */
    public OnConflict(List<Column<?>> target, boolean doNothing, List<Assignment> updates) {
        this(target, doNothing, updates, null);
    }
}
