package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The six-column table of the fetch and insert suites (long, String, String, BigDecimal, LocalDate,
 * boolean): {@code items} is read, {@code items_insert} is written,
 * {@code items_big} holds the million rows of the streaming suite, {@code bench_load} takes the bulk loads.
 */
public final class Items extends Table<Items> {
    public static final Items ITEMS = new Items("items");
    public static final Items ITEMS_INSERT = new Items("items_insert");
    public static final Items ITEMS_BIG = new Items("items_big");
    /** Written by the bulk-load suite. */
    public static final Items BENCH_LOAD = new Items("bench_load");

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Column<String> CODE = column("code", SqlType.varchar(20)).notNull();
    public final Column<BigDecimal> PRICE = column("price", SqlType.decimal(12, 2)).notNull();
    public final Column<LocalDate> CREATED = column("created", SqlType.DATE).notNull();
    public final Column<Boolean> ACTIVE = column("active", SqlType.BOOLEAN).notNull();

    private Items(String name) {
        super(BenchDb.METADATA, name);
    }

    private Items(Items source, String alias) {
        super(source, alias);
    }

    @Override
    public Items as(String alias) {
        return new Items(this, alias);
    }
}
