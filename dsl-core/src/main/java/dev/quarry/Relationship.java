package dev.quarry;

import dev.quarry.query.EagerLoad;
import dev.quarry.query.Join;
import dev.quarry.query.Sortable;
import java.util.List;

/**
 * A navigable link from one table to another, derived from a foreign key: {@link ToOne}, {@link ToMany}
 * or {@link ManyToMany}. A relationship is neither a field nor a table; {@code join(USERS.POSTS)} joins
 * along it, and {@code select.with(USERS.POSTS)} loads it after the select: one more query per
 * relationship, whatever the number of rows, and {@code row.get(USERS.POSTS)} reads it.
 *
 * <p>{@link #where}, {@link #orderBy} and {@link #with} return a copy that loads differently; the copy
 * is still equal (by {@code equals}) to the declared relationship.
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

    /** The name of the field declaring this relationship ({@code POSTS}), or null if no field holds it. */
    String name();

    /** A copy loading only the child rows matching {@code condition}: {@code AND condition} in the child query. */
    Relationship<R> where(Condition condition);

    /** A copy loading the child rows in this order: {@code ORDER BY ..} in the child query. */
    Relationship<R> orderBy(Sortable... items);

    /** A copy loading {@code relationships} on every child row: {@code USERS.POSTS.with(POSTS.COMMENTS)}. */
    Relationship<R> with(Relationship<?>... relationships);

    /** What {@code select.with(this)} loads. */
    EagerLoad load();
}
