package dev.quarry.it.suite.loading;

import dev.quarry.Metadata;

/**
 * The schema of the eager-loading suite: users, posts, comments, tags (many-to-many), employees
 * (self-reference) and orders with composite keys. Its tables are prefixed {@code ld_} so that they live
 * beside the main suite's.
 */
public final class LoadingModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Users.class, Posts.class, Comments.class, Tags.class, PostTags.class, Employees.class,
                Orders.class, OrderLines.class, Coupons.class, OrderCoupons.class);
    }

    private LoadingModel() {
    }
}
