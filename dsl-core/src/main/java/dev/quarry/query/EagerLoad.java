package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Relationship;
import java.util.List;
import java.util.Objects;

/**
 * What {@code select.with(relationship)} loads after the select has run: the declared relationship, the
 * filter and order of its child query, and the relationships to load below it. Not SQL of the select
 * itself; the loader renders one child query per relationship from it.
 *
 * <pre>{@code SELECT posts.* FROM posts WHERE posts.user_id IN (?, ?, ...) AND <where> ORDER BY <orderBy>}</pre>
 *
 * @param relationship the relationship as declared (no loading options)
 * @param where        an extra condition on the child rows, or null
 * @param orderBy      the order of the child rows (empty: as the database returns them)
 * @param nested       the relationships loaded on every child row
 * @since 0.1.0
 */
public record EagerLoad(Relationship<?> relationship, Condition where, List<SortField> orderBy,
        List<EagerLoad> nested) {

    public EagerLoad {
        Objects.requireNonNull(relationship, "relationship");
        orderBy = List.copyOf(orderBy);
        nested = List.copyOf(nested);
    }
}
