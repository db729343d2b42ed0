package dev.quarry.bench;

import dev.quarry.Metadata;

/** The benchmark schema's registry: three tables for the render queries, two for fetch and insert. */
public final class BenchDb {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Customers.class, Products.class, Orders.class, Items.class);
    }

    private BenchDb() {
    }
}
