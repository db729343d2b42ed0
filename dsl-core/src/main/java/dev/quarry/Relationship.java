package dev.quarry;

import dev.quarry.query.Join;
import java.util.List;

/**
 * A navigable link from one table to another, derived from a foreign key: {@link ToOne}, {@link ToMany}
 * or {@link ManyToMany}. A relationship is neither a field nor a table; {@code join(USERS.POSTS)} joins
 * along it.
 *
 * @param <R> the target table class
 * @since 0.1.0
 */
public sealed interface Relationship<R extends Table<R>> permits ToOne, ToMany, ManyToMany {
    /** The table (or alias) the relationship starts from. */
    Table<?> source();

    /** The target table constant. */
    R target();

    /** The joins that reach the target from the source, of the given type. */
    List<Join> joins(Join.Type type);

    /** The columns on the source side that identify a parent row (for loading children by key). */
    List<Column<?>> sourceKey();

    /** The columns on the target side that match {@link #sourceKey()} (for many-to-many: on the association table). */
    List<Column<?>> targetKey();
}
