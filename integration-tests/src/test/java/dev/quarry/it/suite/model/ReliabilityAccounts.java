package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** ReliabilityAccounts with a unique name and a non-negative balance: the resource and fault suites' table. */
public final class ReliabilityAccounts extends Table<ReliabilityAccounts> {
    public static final ReliabilityAccounts ACCOUNTS = new ReliabilityAccounts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(40)).notNull().unique();
    public final Column<Long> BALANCE = column("balance", SqlType.BIGINT).notNull();

    private ReliabilityAccounts() {
        super(ReliabilityModel.METADATA, "qt_accounts");
    }

    private ReliabilityAccounts(ReliabilityAccounts source, String alias) {
        super(source, alias);
    }

    @Override
    public ReliabilityAccounts as(String alias) {
        return new ReliabilityAccounts(this, alias);
    }
}
