package dev.quarry.it.suite.correctness;

import dev.quarry.Metadata;

/** The tables of {@link dev.quarry.it.suite.CorrectnessSuite}, prefixed {@code cs_}. */
public final class CorrectnessModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Shops.class, Items.class, Counters.class, Events.class);
    }

    private CorrectnessModel() {
    }
}
