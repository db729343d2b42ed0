package dev.quarry.it.suite.correctness;

import dev.quarry.Metadata;

/** The tables of {@link dev.quarry.it.suite.RetrySuite}, prefixed {@code rt_}. */
public final class RetryModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Accounts.class, Transfers.class);
    }

    private RetryModel() {
    }
}
