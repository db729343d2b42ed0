package dev.quarry.it.suite.model;

import dev.quarry.Metadata;

/** Tables named with reserved words, mixed case and quote characters, created and dropped by the identifier tests. */
public final class IdentifierModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Order.class, OddName.class);
    }

    private IdentifierModel() {
    }
}
