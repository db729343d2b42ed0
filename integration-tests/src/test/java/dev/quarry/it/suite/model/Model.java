package dev.quarry.it.suite.model;

import dev.quarry.Metadata;

/** The compliance suite's schema: users and posts, tags (many-to-many), employees (self-reference), a cycle, every type. */
public final class Model {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Users.class, Posts.class, Tags.class, PostTags.class, Employees.class, Teams.class,
                Players.class, AllTypes.class);
    }

    private Model() {
    }
}
