package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Employees.EMPLOYEES;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Implicit joins of to-one paths: {@code POSTS.AUTHOR.get(USERS.NAME)} in select lists, conditions and ORDER BY. */
public abstract class PathJoinSuite extends LoadingSuiteBase {

    @Test
    void aPathReadsTheTargetsColumn() {
        var rows = select(POSTS.TITLE, POSTS.AUTHOR.get(USERS.NAME)).from(POSTS).orderBy(POSTS.ID).fetch(db());
        assertEquals(List.of("Ann", "Ann", "Bob"), rows.stream().map(r -> r.v2()).toList());
        assertEquals("Ann", rows.get(0).get(POSTS.AUTHOR.get(USERS.NAME)));
    }

    @Test
    void aPathFiltersAndOrdersWithOneJoin() {
        var titles = select(POSTS.TITLE).from(POSTS).where(POSTS.AUTHOR.get(USERS.NAME).eq("Ann"))
                .orderBy(POSTS.AUTHOR.get(USERS.NAME), POSTS.TITLE.desc()).fetch(db());
        assertEquals(List.of("World", "Hello"), titles.stream().map(r -> r.v1()).toList());
        var perAuthor = select(POSTS.AUTHOR.get(USERS.NAME), count()).from(COMMENTS).join(COMMENTS.POST)
                .groupBy(POSTS.AUTHOR.get(USERS.NAME)).orderBy(POSTS.AUTHOR.get(USERS.NAME)).fetch(db());
        assertEquals(List.of("Ann", "Bob"), perAuthor.stream().map(r -> r.v1()).toList());
        assertEquals(List.of(2L, 1L), perAuthor.stream().map(r -> r.v2()).toList());
    }

    @Test
    void aNullableKeyJoinsLeftAndReadsNull() {
        var rows = select(EMPLOYEES.NAME, EMPLOYEES.MANAGER.get(EMPLOYEES.NAME)).from(EMPLOYEES)
                .orderBy(EMPLOYEES.ID).fetch(db());
        assertEquals(Arrays.asList(null, "Grace", "Grace", "Linus"), rows.stream().map(r -> r.v2()).toList());
    }
}
