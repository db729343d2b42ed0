package dev.quarry.it.suite;

import static dev.quarry.Sql.row;
import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Coupons.COUPONS;
import static dev.quarry.it.suite.loading.Employees.EMPLOYEES;
import static dev.quarry.it.suite.loading.OrderCoupons.ORDER_COUPONS;
import static dev.quarry.it.suite.loading.OrderLines.ORDER_LINES;
import static dev.quarry.it.suite.loading.Orders.ORDERS;
import static dev.quarry.it.suite.loading.PostTags.POST_TAGS;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Tags.TAGS;
import static dev.quarry.it.suite.loading.Users.USERS;

import dev.quarry.Database;
import dev.quarry.Row2;
import dev.quarry.Row3;
import dev.quarry.Row5;
import dev.quarry.it.suite.loading.LoadingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the eager-loading suites: the {@code ld_} schema, created once per class and seeded before
 * each test with a small fixture (see {@link #seed()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LoadingSuiteBase {

    /** The database under test. */
    protected abstract Database db();

    @BeforeAll
    void createLoadingSchema() {
        LoadingModel.METADATA.dropAll(db());
        LoadingModel.METADATA.createAll(db());
    }

    /**
     * Users 1 Ann, 2 Bob, 3 Cy (no posts); posts 10 Ann "Hello" (comments 100, 101; tags java, sql), 11 Ann
     * "World" (unpublished), 12 Bob "Bob's post" (comment 102; tag sql); employees 1 Grace, 2 Linus and 3 Ada
     * under Grace, 4 Ken under Linus; orders (EU, 1) with lines pen, ink and coupons TEN, FREE; (EU, 2) with
     * nothing; (US, 1) with line cap and coupon FREE.
     */
    @BeforeEach
    void seed() {
        Database db = db();
        db.transaction(tx -> {
            ORDER_COUPONS.delete().whereAll().execute(tx);
            COUPONS.delete().whereAll().execute(tx);
            ORDER_LINES.delete().whereAll().execute(tx);
            ORDERS.delete().whereAll().execute(tx);
            POST_TAGS.delete().whereAll().execute(tx);
            TAGS.delete().whereAll().execute(tx);
            COMMENTS.delete().whereAll().execute(tx);
            POSTS.delete().whereAll().execute(tx);
            USERS.delete().whereAll().execute(tx);
            EMPLOYEES.update().set(EMPLOYEES.MANAGER_ID, (Long) null).whereAll().execute(tx);
            EMPLOYEES.delete().whereAll().execute(tx);
        });
        USERS.insert(USERS.ID, USERS.NAME).values(1L, "Ann").values(2L, "Bob").values(3L, "Cy").execute(db);
        POSTS.insert(POSTS.ID, POSTS.USER_ID, POSTS.TITLE, POSTS.LIKES, POSTS.PUBLISHED)
                .values(10L, 1L, "Hello", 10, true).values(11L, 1L, "World", 3, false)
                .values(12L, 2L, "Bob's post", 7, true).execute(db);
        COMMENTS.insert(COMMENTS.ID, COMMENTS.POST_ID, COMMENTS.BODY)
                .values(100L, 10L, "nice").values(101L, 10L, "+1").values(102L, 12L, "first").execute(db);
        TAGS.insert(TAGS.ID, TAGS.LABEL).values(1, "java").values(2, "sql").values(3, "unused").execute(db);
        POST_TAGS.insert(POST_TAGS.POST_ID, POST_TAGS.TAG_ID).values(10L, 1).values(10L, 2).values(12L, 2)
                .execute(db);
        EMPLOYEES.insert(EMPLOYEES.ID, EMPLOYEES.NAME, EMPLOYEES.MANAGER_ID).values(1L, "Grace", null)
                .values(2L, "Linus", 1L).values(3L, "Ada", 1L).values(4L, "Ken", 2L).execute(db);
        ORDERS.insert(ORDERS.REGION, ORDERS.NUMBER, ORDERS.CUSTOMER).values("EU", 1, "Ann").values("EU", 2, "Bob")
                .values("US", 1, "Cy").execute(db);
        ORDER_LINES.insert(ORDER_LINES.ID, ORDER_LINES.REGION, ORDER_LINES.ORDER_NUMBER, ORDER_LINES.PRODUCT)
                .values(1, "EU", 1, "pen").values(2, "EU", 1, "ink").values(3, "US", 1, "cap").execute(db);
        COUPONS.insert(COUPONS.ID, COUPONS.CODE).values(1, "TEN").values(2, "FREE").execute(db);
        ORDER_COUPONS.insert(ORDER_COUPONS.REGION, ORDER_COUPONS.ORDER_NUMBER, ORDER_COUPONS.COUPON_ID)
                .values("EU", 1, 1).values("EU", 1, 2).values("US", 1, 2).execute(db);
    }

    /**
     * Adds {@code users} users (ids from 1,000) with {@code posts} posts each and {@code comments} comments on
     * every post, in batches.
     */
    protected void seedMany(int users, int posts, int comments) {
        List<Row2<Long, String>> u = new ArrayList<>();
        List<Row5<Long, Long, String, Integer, Boolean>> p = new ArrayList<>();
        List<Row3<Long, Long, String>> c = new ArrayList<>();
        long postId = 1_000;
        long commentId = 1_000;
        for (long i = 0; i < users; i++) {
            long userId = 1_000 + i;
            u.add(row(userId, "user" + userId));
            for (int j = 0; j < posts; j++) {
                long pid = postId++;
                p.add(row(pid, userId, "post" + pid, j, true));
                for (int k = 0; k < comments; k++) {
                    long cid = commentId++;
                    c.add(row(cid, pid, "comment" + cid));
                }
            }
        }
        Database db = db();
        db.batch(USERS.insert(USERS.ID, USERS.NAME), u).execute();
        if (!p.isEmpty()) {
            db.batch(POSTS.insert(POSTS.ID, POSTS.USER_ID, POSTS.TITLE, POSTS.LIKES, POSTS.PUBLISHED), p).execute();
        }
        if (!c.isEmpty()) {
            db.batch(COMMENTS.insert(COMMENTS.ID, COMMENTS.POST_ID, COMMENTS.BODY), c).execute();
        }
    }
}
