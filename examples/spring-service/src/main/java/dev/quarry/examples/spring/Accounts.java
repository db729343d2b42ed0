package dev.quarry.examples.spring;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** Bank accounts. */
public final class Accounts extends Table<Accounts> {
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> OWNER = column("owner", SqlType.varchar(50)).notNull().unique();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private Accounts() {
        super(Bank.METADATA, "accounts");
    }

    private Accounts(Accounts source, String alias) {
        super(source, alias);
    }

    @Override
    public Accounts as(String alias) {
        return new Accounts(this, alias);
    }
}
