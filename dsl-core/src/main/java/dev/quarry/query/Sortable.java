package dev.quarry.query;

/**
 * What {@code orderBy} takes: a field (ascending) or a {@link SortField}.
 *
 * @since 0.1.0
 */
public interface Sortable {
    /** This item as a sort specification. */
    SortField toSortField();
}
