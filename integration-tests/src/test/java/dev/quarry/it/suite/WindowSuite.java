package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.cumeDist;
import static dev.quarry.Sql.currentRow;
import static dev.quarry.Sql.denseRank;
import static dev.quarry.Sql.firstValue;
import static dev.quarry.Sql.following;
import static dev.quarry.Sql.lag;
import static dev.quarry.Sql.lastValue;
import static dev.quarry.Sql.lead;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.nthValue;
import static dev.quarry.Sql.ntile;
import static dev.quarry.Sql.orderBy;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.percentRank;
import static dev.quarry.Sql.preceding;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.rowNumber;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.unboundedFollowing;
import static dev.quarry.Sql.unboundedPreceding;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window functions and aggregates over windows, read back typed, on every database that has them. */
public abstract class WindowSuite extends SuiteBase {

    /** Tags a..f inserted in this order, so ids ascend with the label. */
    private void sixTags() {
        TAGS.insert(TAGS.LABEL).values("a").values("b").values("c").values("d").values("e").values("f").execute(db());
    }

    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void rankingPerPartition() {
        seedUsersAndPosts();
        var w = partitionBy(USERS.NAME).orderBy(POSTS.LIKES.desc());
        var rows = select(USERS.NAME, POSTS.TITLE, rowNumber().over(w), rank().over(w), denseRank().over(w))
                .from(POSTS).join(USERS).onKey().orderBy(USERS.NAME, POSTS.LIKES.desc()).fetch(db());
        assertEquals(List.of("Ann Hello 1 1 1", "Ann World 2 2 2", "Bob Bob's post 1 1 1"),
                rows.stream().map(r -> r.v1() + " " + r.v2() + " " + r.v3() + " " + r.v4() + " " + r.v5()).toList());
        Long first = rows.get(0).v3();
        assertEquals(1L, first, "rowNumber reads as a Long");
    }

    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void distributionAndBuckets() {
        sixTags();
        // labels a..f fall into three pairs of equal "buckets": (a,b) (c,d) (e,f) by ntile(3)
        var rows = select(TAGS.LABEL, ntile(3).over(orderBy(TAGS.LABEL))).from(TAGS).orderBy(TAGS.LABEL).fetch(db());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), rows.stream().map(r -> r.v2()).toList());
        var ranked = select(TAGS.LABEL, percentRank().over(orderBy(TAGS.LABEL)), cumeDist().over(orderBy(TAGS.LABEL)))
                .from(TAGS).orderBy(TAGS.LABEL).fetch(db());
        assertEquals(0.0, ranked.get(0).v2(), 1e-9);
        assertEquals(1.0, ranked.get(5).v2(), 1e-9);
        assertEquals(0.5, ranked.get(2).v3(), 1e-9);
    }

    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void lagAndLeadWithOffsetsAndDefaults() {
        sixTags();
        var w = orderBy(TAGS.LABEL);
        var rows = select(TAGS.LABEL, lag(TAGS.LABEL).over(w), lag(TAGS.LABEL, 2, "-").over(w), lead(TAGS.LABEL).over(w),
                lead(TAGS.LABEL, 3, TAGS.LABEL).over(w)).from(TAGS).orderBy(TAGS.LABEL).fetch(db());
        assertEquals(Arrays.asList(null, "a", "b", "c", "d", "e"), rows.stream().map(r -> r.v2()).toList());
        assertEquals(List.of("-", "-", "a", "b", "c", "d"), rows.stream().map(r -> r.v3()).toList());
        assertEquals(Arrays.asList("b", "c", "d", "e", "f", null), rows.stream().map(r -> r.v4()).toList());
        assertEquals(List.of("d", "e", "f", "d", "e", "f"), rows.stream().map(r -> r.v5()).toList());
    }

    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void valueFunctionsAndFrames() {
        sixTags();
        var whole = orderBy(TAGS.LABEL).rowsBetween(unboundedPreceding(), unboundedFollowing());
        var rows = select(TAGS.LABEL, firstValue(TAGS.LABEL).over(whole), lastValue(TAGS.LABEL).over(whole),
                nthValue(TAGS.LABEL, 2).over(whole), lastValue(TAGS.LABEL).over(orderBy(TAGS.LABEL)),
                max(TAGS.LABEL).over(orderBy(TAGS.LABEL).rowsBetween(preceding(1), following(1))))
                .from(TAGS).orderBy(TAGS.LABEL).fetch(db());
        assertEquals(List.of("a"), rows.stream().map(r -> r.v2()).distinct().toList());
        assertEquals(List.of("f"), rows.stream().map(r -> r.v3()).distinct().toList());
        assertEquals(List.of("b"), rows.stream().map(r -> r.v4()).distinct().toList());
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), rows.stream().map(r -> r.v5()).toList(),
                "the default frame ends at the current row");
        assertEquals(List.of("b", "c", "d", "e", "f", "f"), rows.stream().map(r -> r.v6()).toList());
    }

    @Test
    @Requires(Capability.WINDOW_FUNCTIONS)
    void runningTotalsAndPartitionTotals() {
        seedUsersAndPosts();
        // likes 3 (World, Ann), 7 (Bob's post, Bob), 10 (Hello, Ann)
        var running = select(POSTS.TITLE,
                sum(POSTS.LIKES).over(orderBy(POSTS.LIKES).rowsBetween(unboundedPreceding(), currentRow())),
                sum(POSTS.LIKES).over(orderBy(POSTS.LIKES).rangeBetween(preceding(4), currentRow())))
                .from(POSTS).orderBy(POSTS.LIKES).fetch(db());
        assertEquals(List.of(3, 10, 20), running.stream().map(r -> r.v2().intValue()).toList());
        BigDecimal total = running.get(2).v2();
        assertEquals(0, total.compareTo(BigDecimal.valueOf(20)), "sum over a window reads as a BigDecimal");
        assertEquals(List.of(3, 10, 17), running.stream().map(r -> r.v3().intValue()).toList(), "RANGE 4 PRECEDING");
        var totals = select(POSTS.TITLE, sum(POSTS.LIKES).over(partitionBy(POSTS.USER_ID)), count().over())
                .from(POSTS).orderBy(POSTS.LIKES).fetch(db());
        assertEquals(List.of(13, 7, 13), totals.stream().map(r -> r.v2().intValue()).toList());
        assertEquals(List.of(3L, 3L, 3L), totals.stream().map(r -> r.v3()).toList());
    }

    @Test
    @RequiresNot(Capability.WINDOW_FUNCTIONS)
    void windowsAreRefusedWhereMissing() {
        var q = select(TAGS.LABEL, rowNumber().over(orderBy(TAGS.LABEL))).from(TAGS);
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
        assertThrows(UnsupportedFeatureException.class, () -> select(sum(POSTS.LIKES).over()).from(POSTS).fetch(db()));
    }
}
