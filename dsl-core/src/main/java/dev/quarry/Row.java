package dev.quarry;

import java.util.List;

/**
 * One result row. {@link #get(Field)} finds a value by what was selected (a column of a table or alias,
 * or an equal expression), never by label; {@link #get(String)} and {@link #get(int)} read untyped.
 * {@code Row1}...{@code Row10} add typed {@code v1()}...{@code vN()}.
 *
 * @since 0.1.0
 */
public interface Row {
    /** The value at {@code index} (0-based). */
    Object get(int index);

    /** The value of the first column labelled {@code label} (exact, else ignoring case). */
    Object get(String label);

    /** The value of {@code field}, typed; an {@link IllegalArgumentException} if it was not selected. */
    <T> T get(Field<T> field);

    /** The number of values. */
    int size();

    /** The values, in order (an unmodifiable list that may hold nulls). */
    List<Object> values();

    /** The fields this row's values belong to, in order. */
    List<Field<?>> fields();

    /**
     * The child rows that {@code select.with(relationship)} loaded for this row, in the order of the child
     * query; an empty list when there are none, never null. Reading never runs a query.
     *
     * @throws IllegalStateException if the query did not load {@code relationship}, naming the {@code with(..)}
     *         that would
     */
    List<Row> get(ToMany<?> relationship);

    /**
     * The target rows that {@code select.with(relationship)} loaded for this row through the association
     * table; an empty list when there are none, never null. Reading never runs a query.
     *
     * @throws IllegalStateException if the query did not load {@code relationship}
     */
    List<Row> get(ManyToMany<?> relationship);

    /**
     * The row that {@code select.with(relationship)} loaded for this row, or null when its foreign key is NULL
     * or matches no row. Reading never runs a query.
     *
     * @throws IllegalStateException if the query did not load {@code relationship}
     */
    Row get(ToOne<?> relationship);
}
