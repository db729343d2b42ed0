package dev.quarry.examples.spring;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** One row per transfer; the service writes it with JdbcTemplate, in the same transaction as Quarry. */
public final class TransferLog extends Table<TransferLog> {
    public static final TransferLog TRANSFER_LOG = new TransferLog();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<Long> FROM_ID = column("from_id", SqlType.BIGINT).notNull().references(() -> Accounts.ACCOUNTS.ID);
    public final Column<Long> TO_ID = column("to_id", SqlType.BIGINT).notNull().references(() -> Accounts.ACCOUNTS.ID);
    public final Column<Long> AMOUNT = column("amount", SqlType.BIGINT).notNull();

    private TransferLog() {
        super(Bank.METADATA, "transfer_log");
    }

    private TransferLog(TransferLog source, String alias) {
        super(source, alias);
    }

    @Override
    public TransferLog as(String alias) {
        return new TransferLog(this, alias);
    }
}
