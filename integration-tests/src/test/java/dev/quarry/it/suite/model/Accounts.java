package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** Bank accounts for the retry tests; in a schema of its own, so the other suites do not create it. */
public final class Accounts extends Table<Accounts> {
    /** The accounts and the transfers between them. */
    public static final Metadata BANK = new Metadata();
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private Accounts() {
        super(BANK, "qt_bank_accounts");
    }

    private Accounts(Accounts source, String alias) {
        super(source, alias);
    }

    @Override
    public Accounts as(String alias) {
        return new Accounts(this, alias);
    }

    static {
        BANK.include(Transfers.class);
    }
}
