package dev.quarry.spring.app;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The table the Spring tests write to. */
public final class Accounts extends Table<Accounts> {
    public static final Metadata METADATA = new Metadata();
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull().unique();
    public final Column<Integer> BALANCE = column("balance", SqlType.INTEGER).notNull();

    static {
        METADATA.include(Accounts.class);
    }

    private Accounts() {
        super(METADATA, "spring_accounts");
    }

    private Accounts(Accounts source, String alias) {
        super(source, alias);
    }

    @Override
    public Accounts as(String alias) {
        return new Accounts(this, alias);
    }
}
