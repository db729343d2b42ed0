package dev.quarry.spring.data;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The table that Quarry, JdbcTemplate and a Spring Data JDBC repository all write to. */
public final class Ledger extends Table<Ledger> {
    public static final Metadata METADATA = new Metadata();
    public static final Ledger LEDGER = new Ledger();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull().unique();
    public final Column<Integer> AMOUNT = column("amount", SqlType.INTEGER).notNull();

    static {
        METADATA.include(Ledger.class);
    }

    private Ledger() {
        super(METADATA, "spring_ledger");
    }

    private Ledger(Ledger source, String alias) {
        super(source, alias);
    }

    @Override
    public Ledger as(String alias) {
        return new Ledger(this, alias);
    }
}
