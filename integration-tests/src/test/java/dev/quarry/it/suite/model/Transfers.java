package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The ledger of applied transfers: one row per transfer id, so a transfer applied twice fails loudly. */
public final class Transfers extends Table<Transfers> {
    public static final Transfers TRANSFERS = new Transfers();

    public final Column<String> ID = column("id", SqlType.varchar(40)).primaryKey();
    public final Column<Integer> FROM_ID = column("from_id", SqlType.INTEGER).notNull();
    public final Column<Integer> TO_ID = column("to_id", SqlType.INTEGER).notNull();
    public final Column<Long> AMOUNT = column("amount", SqlType.BIGINT).notNull();

    private Transfers() {
        super(Accounts.BANK, "qt_bank_transfers");
    }

    private Transfers(Transfers source, String alias) {
        super(source, alias);
    }

    @Override
    public Transfers as(String alias) {
        return new Transfers(this, alias);
    }
}
