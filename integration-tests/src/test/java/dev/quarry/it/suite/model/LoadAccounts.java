package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The ten accounts of the load test; in a schema of its own, made and dropped by that test alone. */
public final class LoadAccounts extends Table<LoadAccounts> {
    /** The accounts and the log of applied transfers. */
    public static final Metadata LOAD = new Metadata();
    public static final LoadAccounts LOAD_ACCOUNTS = new LoadAccounts();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private LoadAccounts() {
        super(LOAD, "qt_load_accounts");
    }

    private LoadAccounts(LoadAccounts source, String alias) {
        super(source, alias);
    }

    @Override
    public LoadAccounts as(String alias) {
        return new LoadAccounts(this, alias);
    }

    static {
        LOAD.include(LoadTransfers.class);
    }
}
