package dev.quarry.it.suite;

import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Employees.EMPLOYEES;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.MappingException;
import dev.quarry.Row;
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
}
