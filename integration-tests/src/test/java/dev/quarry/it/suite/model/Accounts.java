package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** Accounts with a unique name and a non-negative balance: the resource and fault suites' table. */
public final class Accounts extends Table<Accounts> {
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(40)).notNull().unique();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private Accounts() {
        super(ReliabilityModel.METADATA, "qt_accounts");
    }

    private Accounts(Accounts source, String alias) {
        super(source, alias);
    }

    @Override
    public Accounts as(String alias) {
        return new Accounts(this, alias);
    }
}
