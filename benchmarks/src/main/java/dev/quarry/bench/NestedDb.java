package dev.quarry.bench;

import dev.quarry.Metadata;

/** The schema of the eager-loading benchmark: parents, their children, and the children's grandchildren. */
public final class NestedDb {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Parents.class, Children.class, Grandchildren.class);
    }

    private NestedDb() {
    }
}
