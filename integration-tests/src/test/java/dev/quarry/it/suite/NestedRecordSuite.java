package dev.quarry.it.suite;

import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Employees.EMPLOYEES;
import static dev.quarry.it.suite.loading.Orders.ORDERS;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.MappingException;
import dev.quarry.Param;
import dev.quarry.Row;
import dev.quarry.Select;
import dev.quarry.Sql;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code fetchInto} with loaded relationships: nested records and POJOs, matched by component name. */
public abstract class NestedRecordSuite extends LoadingSuiteBase {

    public record Comment(long id, String body) {
    }

    public record Tag(int id, String label) {
    }

    public record Post(long id, String title, List<Comment> comments, List<Tag> tags) {
    }

    public record UserWithPosts(long id, String name, List<Post> posts) {
    }

    public record Author(String name) {
    }

    public record PostWithAuthor(String title, Author author) {
    }

    public record Manager(String name, List<Row> reports) {
    }

    /** A POJO with a nested list. */
    public static final class UserBean {
        private Long id;
        private String name;
        private List<PostBean> posts = new ArrayList<>();

        public void setId(Long id) {
            this.id = id;
        }

        public void setName(String name) {
            this.name = name;
        }

        public void setPosts(List<PostBean> posts) {
            this.posts = posts;
        }

        Long id() {
            return id;
        }

        String name() {
            return name;
        }

        List<PostBean> posts() {
            return posts;
        }
    }

    /** A POJO child. */
    public static final class PostBean {
        private String title;

        public void setTitle(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    @Test
    void recordsNestToAnyDepth() {
        List<UserWithPosts> users = USERS.select().orderBy(USERS.ID)
                .with(USERS.POSTS.orderBy(POSTS.ID).with(POSTS.COMMENTS.orderBy(COMMENTS.ID), POSTS.TAGS))
                .fetchInto(db(), UserWithPosts.class);
        assertEquals(3, users.size());
        UserWithPosts ann = users.get(0);
        assertEquals("Ann", ann.name());
        assertEquals(List.of("Hello", "World"), ann.posts().stream().map(Post::title).toList());
        assertEquals(List.of(new Comment(100, "nice"), new Comment(101, "+1")), ann.posts().get(0).comments());
        assertEquals(2, ann.posts().get(0).tags().size());
        assertEquals(List.of(), users.get(2).posts());
    }

    @Test
    void aToOneFillsARecordComponentOrNull() {
        List<PostWithAuthor> posts = POSTS.select().orderBy(POSTS.ID).with(POSTS.AUTHOR)
                .fetchInto(db(), PostWithAuthor.class);
        assertEquals(new PostWithAuthor("Hello", new Author("Ann")), posts.get(0));
        record Boss(String name, Author manager) {
        }
        var staff = EMPLOYEES.select().orderBy(EMPLOYEES.ID).with(EMPLOYEES.MANAGER).fetchInto(db(), Boss.class);
        assertNull(staff.get(0).manager());
        assertEquals("Grace", staff.get(1).manager().name());
    }

    @Test
    void aListOfRowsTakesTheRowsAsTheyAre() {
        var managers = EMPLOYEES.select().where(EMPLOYEES.ID.eq(1L)).with(EMPLOYEES.REPORTS).fetchInto(db(),
                Manager.class);
        assertEquals(2, managers.get(0).reports().size());
    }

    @Test
    void pojosNestBySetter() {
        List<UserBean> users = USERS.select().where(USERS.ID.eq(1L)).with(USERS.POSTS.orderBy(POSTS.TITLE))
                .fetchInto(db(), UserBean.class);
        assertEquals(1L, users.get(0).id());
        assertEquals("Ann", users.get(0).name());
        assertEquals(List.of("Hello", "World"), users.get(0).posts().stream().map(PostBean::title).toList());
    }

    @Test
    void aComponentWithNoColumnAndNoLoadedRelationshipIsAMappingError() {
        MappingException e = assertThrows(MappingException.class,
                () -> USERS.select().with(USERS.POSTS).fetchInto(db(), UserWithPosts.class));
        assertTrue(e.getMessage().contains("comments"), e.getMessage());
    }

    public record Line(String product) {
    }

    public record Coupon(String code) {
    }

    public record Order(String region, int num, List<Line> lines, List<Coupon> coupons) {
    }

    @Test
    void compositeKeysFillRecords() {
        List<Order> orders = ORDERS.select().orderBy(ORDERS.REGION, ORDERS.NUMBER)
                .with(ORDERS.LINES.orderBy(dev.quarry.it.suite.loading.OrderLines.ORDER_LINES.ID), ORDERS.COUPONS)
                .fetchInto(db(), Order.class);
        assertEquals(3, orders.size());
        assertEquals(List.of(new Line("pen"), new Line("ink")), orders.get(0).lines());
        assertEquals(2, orders.get(0).coupons().size());
        assertEquals(List.of(), orders.get(1).lines());
        assertEquals(List.of(), orders.get(1).coupons());
        assertEquals(List.of(new Line("cap")), orders.get(2).lines());
        assertEquals(List.of(new Coupon("FREE")), orders.get(2).coupons());
    }

    @Test
    void aQueryRunAgainLoadsTheChildrenOfItsNewParents() {
        Param<Long> id = Sql.param("id", Long.class);
        Select<Row> q = USERS.select().where(USERS.ID.eq(id))
                .with(USERS.POSTS.where(POSTS.PUBLISHED.eq(true)).with(POSTS.COMMENTS.orderBy(COMMENTS.ID)));
        // the same number of parent keys each time: the child queries run again for the new keys
        for (int round = 0; round < 2; round++) {
            List<UserWithComments> ann = q.bind(id, 1L).fetchInto(db(), UserWithComments.class);
            assertEquals(List.of(new PostWithComments("Hello", List.of(new Comment(100, "nice"), new Comment(101, "+1")))),
                    ann.get(0).posts());
            List<UserWithComments> bob = q.bind(id, 2L).fetchInto(db(), UserWithComments.class);
            assertEquals(List.of(new PostWithComments("Bob's post", List.of(new Comment(102, "first")))),
                    bob.get(0).posts());
            assertEquals(List.of(), q.bind(id, 3L).fetchInto(db(), UserWithComments.class).get(0).posts());
        }
        List<UserWithComments> all = USERS.select().orderBy(USERS.ID)
                .with(USERS.POSTS.where(POSTS.PUBLISHED.eq(true)).with(POSTS.COMMENTS.orderBy(COMMENTS.ID)))
                .fetchInto(db(), UserWithComments.class);
        assertEquals(List.of(1, 1, 0), all.stream().map(u -> u.posts().size()).toList());
    }

    public record PostWithComments(String title, List<Comment> comments) {
    }

    public record UserWithComments(String name, List<PostWithComments> posts) {
    }

    @Test
    void loadedListsCannotBeChanged() {
        List<UserWithPosts> users = USERS.select().where(USERS.ID.eq(1L))
                .with(USERS.POSTS.with(POSTS.COMMENTS, POSTS.TAGS)).fetchInto(db(), UserWithPosts.class);
        assertThrows(UnsupportedOperationException.class, () -> users.get(0).posts().add(null));
        assertThrows(UnsupportedOperationException.class, () -> users.get(0).posts().clear());
    }
}
