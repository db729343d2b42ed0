package dev.quarry.examples.spring;

import dev.quarry.Metadata;

/** The example's models: {@link Accounts}, written with Quarry, and {@link TransferLog}, written with JdbcTemplate. */
public final class Bank {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Accounts.class, TransferLog.class);
    }

    private Bank() {
    }
}
