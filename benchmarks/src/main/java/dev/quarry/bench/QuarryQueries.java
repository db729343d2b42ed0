package dev.quarry.bench;

import static dev.quarry.Sql.param;
import static dev.quarry.Sql.select;
import static dev.quarry.bench.Items.ITEMS;
import static dev.quarry.bench.Items.ITEMS_BIG;
import static dev.quarry.bench.Items.ITEMS_INSERT;

import dev.quarry.Insert6;
import dev.quarry.Param;
import dev.quarry.Row6;
import dev.quarry.Select6;
import dev.quarry.Sql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fetch and insert statements as a Quarry user writes them: built once, run many times. */
public final class QuarryQueries {
    public static final Param<Long> MAX_ID = param("max_id", Long.class);

    /** {@code SELECT items.id, ... FROM items WHERE items.id <= ?}: the same text as {@link RawJdbc#SELECT_ITEMS}. */
    public static final Select6<Long, String, String, BigDecimal, LocalDate, Boolean> ITEMS_UP_TO =
            select(ITEMS.ID, ITEMS.NAME, ITEMS.CODE, ITEMS.PRICE, ITEMS.CREATED, ITEMS.ACTIVE)
                    .from(ITEMS).where(ITEMS.ID.le(MAX_ID));

    /** The same over {@code items_big}, for streaming. */
    public static final Select6<Long, String, String, BigDecimal, LocalDate, Boolean> BIG_UP_TO =
            select(ITEMS_BIG.ID, ITEMS_BIG.NAME, ITEMS_BIG.CODE, ITEMS_BIG.PRICE, ITEMS_BIG.CREATED, ITEMS_BIG.ACTIVE)
                    .from(ITEMS_BIG).where(ITEMS_BIG.ID.le(MAX_ID));

    public static final Insert6<Long, String, String, BigDecimal, LocalDate, Boolean> INSERT_ITEM =
            ITEMS_INSERT.insert(ITEMS_INSERT.ID, ITEMS_INSERT.NAME, ITEMS_INSERT.CODE, ITEMS_INSERT.PRICE,
                    ITEMS_INSERT.CREATED, ITEMS_INSERT.ACTIVE);

    private QuarryQueries() {
    }

    /** The batch rows of {@code items}, as {@code Sql.row(..)} values. */
    public static List<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> rows(List<Item> items) {
        List<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> out = new ArrayList<>(items.size());
        for (Item it : items) {
            out.add(Sql.row(it.id(), it.name(), it.code(), it.price(), it.created(), it.active()));
        }
        return out;
    }
}
