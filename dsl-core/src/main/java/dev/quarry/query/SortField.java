package dev.quarry.query;

import dev.quarry.Field;

/**
 * An ORDER BY item: {@code field ASC|DESC [NULLS FIRST|LAST]}.
 *
 * @param field      what to sort by
 * @param descending true for DESC
 * @param nulls      where NULLs go; {@link Nulls#DEFAULT} leaves it to the database
 * @since 0.1.0
 */
public record SortField(Field<?> field, boolean descending, Nulls nulls) implements Sortable {

    /** Where NULLs sort. */
    public enum Nulls {
        DEFAULT, FIRST, LAST
    }

    /** This sort with NULLs first. <b>Dialects:</b> emulated on MySQL/MariaDB with an {@code IS NULL} key. */
    public SortField nullsFirst() {
        return new SortField(field, descending, Nulls.FIRST);
    }

    /** This sort with NULLs last. <b>Dialects:</b> emulated on MySQL/MariaDB with an {@code IS NULL} key. */
    public SortField nullsLast() {
        return new SortField(field, descending, Nulls.LAST);
    }

    @Override
    public SortField toSortField() {
        return this;
    }
}
