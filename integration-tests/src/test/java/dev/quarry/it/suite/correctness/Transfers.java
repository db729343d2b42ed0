package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** One row per transfer applied, written in the transfer's transaction. */
public final class Transfers extends Table<Transfers> {
    public static final Transfers TRANSFERS = new Transfers();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<Integer> SOURCE = column("source", SqlType.INTEGER).notNull();
    public final Column<Integer> TARGET = column("target", SqlType.INTEGER).notNull();
    public final Column<Long> AMOUNT = column("amount", SqlType.BIGINT).notNull();

    private Transfers() {
        super(RetryModel.METADATA, "qt_rt_transfers");
    }

    private Transfers(Transfers source, String alias) {
        super(source, alias);
    }

    @Override
    public Transfers as(String alias) {
        return new Transfers(this, alias);
    }
}
