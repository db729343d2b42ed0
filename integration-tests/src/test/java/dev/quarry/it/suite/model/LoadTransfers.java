package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/**
 * The log of the load test's applied transfers: one row per transfer id (its primary key), written in the
 * transfer's own transaction, so a transfer applied twice fails and one applied in part leaves no row.
 */
public final class LoadTransfers extends Table<LoadTransfers> {
    public static final LoadTransfers LOAD_TRANSFERS = new LoadTransfers();

    public final Column<String> ID = column("id", SqlType.varchar(20)).primaryKey();
    public final Column<Integer> FROM_ID = column("from_id", SqlType.INTEGER).notNull();
    public final Column<Integer> TO_ID = column("to_id", SqlType.INTEGER).notNull();
    public final Column<Long> AMOUNT = column("amount", SqlType.BIGINT).notNull();
    public final Column<Integer> ATTEMPTS = column("attempts", SqlType.INTEGER).notNull();

    private LoadTransfers() {
        super(LoadAccounts.LOAD, "qt_load_transfers");
    }

    private LoadTransfers(LoadTransfers source, String alias) {
        super(source, alias);
    }

    @Override
    public LoadTransfers as(String alias) {
        return new LoadTransfers(this, alias);
    }
}
