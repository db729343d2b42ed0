package dev.quarry.it.suite.model;

import dev.quarry.Metadata;

/** The reliability suites' tables, apart from the compliance model so that they are created on their own. */
public final class ReliabilityModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Texts.class, ReliabilityAccounts.class);
    }

    private ReliabilityModel() {
    }
}
