package dev.quarry.examples;

import dev.quarry.Metadata;

/** The shared registry of the example's tables, like SQLAlchemy's {@code Base.metadata}. */
public final class Db {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Users.class, Posts.class, Departments.class, Employees.class);
    }

    private Db() {
    }
}
