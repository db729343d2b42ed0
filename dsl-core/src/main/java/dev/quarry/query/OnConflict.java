package dev.quarry.query;

import dev.quarry.Column;
import java.util.List;

/**
 * The conflict clause of an upsert.
 *
 * @param target    the columns of the unique key that may conflict (ignored by MySQL's ON DUPLICATE KEY)
 * @param doNothing true for DO NOTHING
 * @param updates   the DO UPDATE SET assignments
 * @since 0.1.0
 */
public record OnConflict(List<Column<?>> target, boolean doNothing, List<Assignment> updates) {
    public OnConflict {
        target = List.copyOf(target);
        updates = List.copyOf(updates);
    }
}
