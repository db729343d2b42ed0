package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * What a window function or an aggregate is computed over: {@code OVER (PARTITION BY .. ORDER BY .. frame)}.
 * Start it with {@code Sql.partitionBy(..)} or {@code Sql.orderBy(..)}; every method returns a new value.
 *
 * <pre>{@code sum(INVOICES.TOTAL).over(partitionBy(INVOICES.CUSTOMER_ID).orderBy(INVOICES.DATE)
 *         .rowsBetween(unboundedPreceding(), currentRow()))}</pre>
 *
 * renders {@code SUM(total) OVER (PARTITION BY customer_id ORDER BY date ROWS BETWEEN UNBOUNDED PRECEDING AND
 * CURRENT ROW)}.
 *
 * @param partitionBy the PARTITION BY expressions (empty: one partition)
 * @param orderBy     the ORDER BY items (empty: none)
 * @param frame       the frame, or null for the database's default
 * @since 0.1.0
 */
public record Window(List<Field<?>> partitionBy, List<SortField> orderBy, Frame frame) {
    /** {@code OVER ()}: every row of the result in one partition. */
    public static final Window EMPTY = new Window(List.of(), List.of(), null);

    public Window {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A window partitioned by {@code fields}: {@code PARTITION BY a, b}. */
    public static Window partitionedBy(Field<?>... fields) {
        Checks.notNull(fields, "fields");
        List<Field<?>> list = new ArrayList<>(fields.length);
        for (Field<?> f : fields) {
            list.add(Checks.notNull(f, "a partitionBy field"));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("partitionBy needs at least one field");
        }
        return new Window(list, List.of(), null);
    }

    /** A copy ordered by {@code items} (fields ascend; use {@code desc()} for the other way). */
    public Window orderBy(Sortable... items) {
        Checks.notNull(items, "items");
        List<SortField> list = new ArrayList<>(orderBy);
        for (Sortable s : items) {
            list.add(Checks.notNull(s, "an orderBy item").toSortField());
        }
        if (items.length == 0) {
            throw new IllegalArgumentException("orderBy needs at least one item");
        }
        return new Window(partitionBy, list, frame);
    }

    /** A copy with the frame {@code ROWS BETWEEN start AND end}. */
    public Window rowsBetween(FrameBound start, FrameBound end) {
        return new Window(partitionBy, orderBy, new Frame(Frame.Units.ROWS, Checks.notNull(start, "start"),
                Checks.notNull(end, "end")));
    }

    /**
     * A copy with the frame {@code RANGE BETWEEN start AND end}. An offset other than {@code UNBOUNDED} or
     * {@code CURRENT ROW} needs exactly one numeric or date ORDER BY item.
     */
    public Window rangeBetween(FrameBound start, FrameBound end) {
        Frame f = new Frame(Frame.Units.RANGE, Checks.notNull(start, "start"), Checks.notNull(end, "end"));
        boolean offsets = hasOffset(start) || hasOffset(end);
        if (offsets && orderBy.size() != 1) {
            throw new IllegalArgumentException("a RANGE frame with an offset needs exactly one orderBy item, not "
                    + orderBy.size());
        }
        return new Window(partitionBy, orderBy, f);
    }

    private static boolean hasOffset(FrameBound b) {
        return b.kind() == FrameBound.Kind.PRECEDING || b.kind() == FrameBound.Kind.FOLLOWING;
    }
}
