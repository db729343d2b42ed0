package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** An account whose balance transfers move. */
public final class Accounts extends Table<Accounts> {
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private Accounts() {
        super(RetryModel.METADATA, "qt_rt_accounts");
    }

    private Accounts(Accounts source, String alias) {
        super(source, alias);
    }

    @Override
    public Accounts as(String alias) {
        return new Accounts(this, alias);
    }
}
