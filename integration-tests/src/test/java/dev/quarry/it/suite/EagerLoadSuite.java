package dev.quarry.it.suite;

import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.loading.Comments.COMMENTS;
import static dev.quarry.it.suite.loading.Employees.EMPLOYEES;
import static dev.quarry.it.suite.loading.OrderLines.ORDER_LINES;
import static dev.quarry.it.suite.loading.Orders.ORDERS;
import static dev.quarry.it.suite.loading.Posts.POSTS;
import static dev.quarry.it.suite.loading.Tags.TAGS;
import static dev.quarry.it.suite.loading.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Field;
import dev.quarry.Row;
import dev.quarry.it.suite.loading.Employees;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Eager loading with {@code with(..)}: to-one, to-many, many-to-many, nested, filtered, ordered, composite keys. */
public abstract class EagerLoadSuite extends LoadingSuiteBase {

    private static <T> List<T> values(List<Row> rows, Field<T> field) {
        return rows.stream().map(r -> r.get(field)).sorted().toList();
    }

    private static Map<String, Row> byName(List<? extends Row> rows, Field<String> name) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(name), Function.identity()));
    }

    @Test
    void toManyLoadsTheChildrenOfEveryParentAndAnEmptyListForNone() {
        var users = byName(USERS.select().with(USERS.POSTS).fetch(db()), USERS.NAME);
        assertEquals(List.of("Hello", "World"), values(users.get("Ann").get(USERS.POSTS), POSTS.TITLE));
        assertEquals(List.of("Bob's post"), values(users.get("Bob").get(USERS.POSTS), POSTS.TITLE));
        assertEquals(List.of(), users.get("Cy").get(USERS.POSTS));
    }

    @Test
    void toOneLoadsTheParentRow() {
        var posts = byName(POSTS.select().with(POSTS.AUTHOR).fetch(db()), POSTS.TITLE);
        assertEquals("Ann", posts.get("World").get(POSTS.AUTHOR).get(USERS.NAME));
        assertEquals("Bob", posts.get("Bob's post").get(POSTS.AUTHOR).get(USERS.NAME));
    }

    @Test
    void manyToManyLoadsThroughTheAssociationTable() {
        var posts = byName(POSTS.select().with(POSTS.TAGS).fetch(db()), POSTS.TITLE);
        assertEquals(List.of("java", "sql"), values(posts.get("Hello").get(POSTS.TAGS), TAGS.LABEL));
        assertEquals(List.of("sql"), values(posts.get("Bob's post").get(POSTS.TAGS), TAGS.LABEL));
        assertEquals(List.of(), posts.get("World").get(POSTS.TAGS));
        Row tag = posts.get("Hello").get(POSTS.TAGS).get(0);
        assertEquals(TAGS.columns().size(), tag.size(), "a tag row holds the tag's columns only");
        var tags = byName(TAGS.select().with(TAGS.POSTS).fetch(db()), TAGS.LABEL);
        assertEquals(List.of("Bob's post", "Hello"), values(tags.get("sql").get(TAGS.POSTS), POSTS.TITLE));
        assertEquals(List.of(), tags.get("unused").get(TAGS.POSTS));
    }

    @Test
    void nestedLoadsReachAnyDepthInEitherSpelling() {
        var nested = USERS.select().where(USERS.NAME.eq("Ann"))
                .with(USERS.POSTS.with(POSTS.COMMENTS.with(COMMENTS.POST.with(POSTS.TAGS)))).fetchSingle(db());
        var flat = USERS.select().where(USERS.NAME.eq("Ann"))
                .with(USERS.POSTS, POSTS.COMMENTS, COMMENTS.POST, POSTS.TAGS).fetchSingle(db());
        for (Row ann : List.of(nested, flat)) {
            Row hello = byName(ann.get(USERS.POSTS), POSTS.TITLE).get("Hello");
            assertEquals(List.of("+1", "nice"), values(hello.get(POSTS.COMMENTS), COMMENTS.BODY));
            Row back = hello.get(POSTS.COMMENTS).get(0).get(COMMENTS.POST);
            assertEquals("Hello", back.get(POSTS.TITLE));
            assertEquals(List.of("java", "sql"), values(back.get(POSTS.TAGS), TAGS.LABEL));
            assertEquals(List.of(), byName(ann.get(USERS.POSTS), POSTS.TITLE).get("World").get(POSTS.COMMENTS));
        }
    }

    @Test
    void severalRelationshipsSideBySide() {
        var posts = byName(POSTS.select().with(POSTS.AUTHOR, POSTS.COMMENTS, POSTS.TAGS).fetch(db()), POSTS.TITLE);
        Row hello = posts.get("Hello");
        assertEquals("Ann", hello.get(POSTS.AUTHOR).get(USERS.NAME));
        assertEquals(2, hello.get(POSTS.COMMENTS).size());
        assertEquals(2, hello.get(POSTS.TAGS).size());
    }

    @Test
    void childrenAreThoseOfTheParentsReturned() {
        var rows = USERS.select().where(USERS.NAME.ne("Cy")).orderBy(USERS.NAME.desc()).limit(1)
                .with(USERS.POSTS).fetch(db());
        assertEquals(1, rows.size());
        assertEquals("Bob", rows.get(0).get(USERS.NAME));
        assertEquals(List.of("Bob's post"), values(rows.get(0).get(USERS.POSTS), POSTS.TITLE));
    }

    @Test
    void childrenAreOrderedAndFilteredInTheChildQuery() {
        Row ann = USERS.select().where(USERS.ID.eq(1L)).with(USERS.POSTS.orderBy(POSTS.LIKES.asc()))
                .fetchSingle(db());
        assertEquals(List.of("World", "Hello"), ann.get(USERS.POSTS).stream().map(r -> r.get(POSTS.TITLE)).toList());
        Row published = USERS.select().where(USERS.ID.eq(1L)).with(USERS.POSTS.where(POSTS.PUBLISHED.eq(true)))
                .fetchSingle(db());
        assertEquals(List.of("Hello"), values(published.get(USERS.POSTS), POSTS.TITLE));
        Row both = USERS.select().where(USERS.ID.eq(1L))
                .with(USERS.POSTS.where(POSTS.LIKES.gt(0)).orderBy(POSTS.TITLE.desc())
                        .with(POSTS.COMMENTS.orderBy(COMMENTS.ID.desc())))
                .fetchSingle(db());
        List<Row> posts = both.get(USERS.POSTS);
        assertEquals(List.of("World", "Hello"), posts.stream().map(r -> r.get(POSTS.TITLE)).toList());
        assertEquals(List.of(101L, 100L), posts.get(1).get(POSTS.COMMENTS).stream().map(r -> r.get(COMMENTS.ID)).toList());
    }

    @Test
    void selfReferencesLoadManagersAndReports() {
        var staff = byName(EMPLOYEES.select().with(EMPLOYEES.MANAGER, EMPLOYEES.REPORTS.with(EMPLOYEES.REPORTS))
                .fetch(db()), EMPLOYEES.NAME);
        assertNull(staff.get("Grace").get(EMPLOYEES.MANAGER), "no manager: null");
        assertEquals("Grace", staff.get("Ada").get(EMPLOYEES.MANAGER).get(EMPLOYEES.NAME));
        List<Row> reports = staff.get("Grace").get(EMPLOYEES.REPORTS);
        assertEquals(List.of("Ada", "Linus"), values(reports, EMPLOYEES.NAME));
        Row linus = byName(reports, EMPLOYEES.NAME).get("Linus");
        assertEquals(List.of("Ken"), values(linus.get(EMPLOYEES.REPORTS), EMPLOYEES.NAME));
        assertEquals(List.of(), staff.get("Ken").get(EMPLOYEES.REPORTS));
    }

    @Test
    void aliasedTablesLoadTheirOwnRelationships() {
        Employees m = EMPLOYEES.as("m");
        var rows = m.select().where(m.NAME.eq("Linus")).with(m.REPORTS, m.MANAGER).fetch(db());
        Row linus = rows.get(0);
        assertEquals(List.of("Ken"), values(linus.get(m.REPORTS), EMPLOYEES.NAME));
        assertEquals("Grace", linus.get(m.MANAGER).get(EMPLOYEES.NAME));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> linus.get(EMPLOYEES.REPORTS));
        assertTrue(e.getMessage().contains("EMPLOYEES.REPORTS"), e.getMessage());
    }

    @Test
    void aSelectOfColumnsLoadsWhenItReadsTheKey() {
        var rows = select(USERS.NAME, USERS.ID).from(USERS).orderBy(USERS.NAME).with(USERS.POSTS).fetch(db());
        assertEquals("Ann", rows.get(0).v1());
        assertEquals(2, rows.get(0).get(USERS.POSTS).size());
        var titles = select(POSTS.TITLE, POSTS.USER_ID).from(POSTS).where(POSTS.ID.eq(12L)).with(POSTS.AUTHOR)
                .fetchSingle(db());
        assertEquals("Bob", titles.get(POSTS.AUTHOR).get(USERS.NAME));
        var joined = select(POSTS.TITLE, USERS.NAME, USERS.ID).from(POSTS).join(POSTS.AUTHOR)
                .where(POSTS.ID.eq(12L)).with(USERS.POSTS).fetchSingle(db());
        assertEquals(1, joined.get(USERS.POSTS).size(), "a joined table's relationship loads too");
    }

    @Test
    void mapOnALoadingSelectHandsTheColumnValuesToTheMapper() {
        List<String> names = select(USERS.NAME, USERS.ID).from(USERS).orderBy(USERS.NAME).with(USERS.POSTS)
                .map(db(), (name, id) -> name + "#" + id);
        assertEquals(3, names.size());
        assertTrue(names.get(0).startsWith("Ann#"), names.toString());
    }

    @Test
    void aSelectWithoutTheKeyIsRefusedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> select(USERS.NAME).from(USERS).with(USERS.POSTS));
        assertTrue(e.getMessage().contains("USERS.POSTS") && e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void aRelationshipNotStartingAtTheQueryIsRefusedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> USERS.select().with(POSTS.COMMENTS));
        assertTrue(e.getMessage().contains("with(POSTS.COMMENTS)") && e.getMessage().contains("ld_posts"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> USERS.POSTS.with(USERS.POSTS));
        assertThrows(IllegalArgumentException.class, () -> USERS.select().with(USERS.POSTS, USERS.POSTS));
    }

    @Test
    void readingARelationshipNotLoadedThrowsNamingTheWithThatLoadsIt() {
        Row ann = USERS.select().where(USERS.ID.eq(1L)).fetchSingle(db());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ann.get(USERS.POSTS));
        assertTrue(e.getMessage().contains(".with(USERS.POSTS)"), e.getMessage());
        Row post = POSTS.select().where(POSTS.ID.eq(10L)).with(POSTS.COMMENTS).fetchSingle(db());
        IllegalStateException tags = assertThrows(IllegalStateException.class, () -> post.get(POSTS.TAGS));
        assertTrue(tags.getMessage().contains("POSTS.TAGS") && tags.getMessage().contains("COMMENTS"),
                tags.getMessage());
    }

    @Test
    void aRelationshipWithOptionsReadsAsTheDeclaredOne() {
        Row ann = USERS.select().where(USERS.ID.eq(1L)).with(USERS.POSTS.orderBy(POSTS.TITLE)).fetchSingle(db());
        assertEquals(ann.get(USERS.POSTS), ann.get(USERS.POSTS.orderBy(POSTS.LIKES)));
        assertEquals(USERS.POSTS, USERS.POSTS.where(POSTS.LIKES.gt(1)));
        var loading = USERS.select().with(USERS.POSTS);
        var builtAgain = USERS.select().with(USERS.POSTS); // a query is a value: built twice, it is equal
        assertEquals(loading, builtAgain);
        assertEquals(loading.hashCode(), builtAgain.hashCode());
        assertTrue(!loading.equals(USERS.select()), "loading a relationship is part of the query's value");
        assertTrue(!USERS.select().with(USERS.POSTS).equals(USERS.select().with(USERS.POSTS.orderBy(POSTS.ID))));
    }

    @Test
    void emptyResultsAndFetchOneLoadToo() {
        assertEquals(List.of(), USERS.select().where(USERS.ID.eq(-1L)).with(USERS.POSTS).fetch(db()));
        Row bob = USERS.select().where(USERS.ID.eq(2L)).with(USERS.POSTS).fetchOne(db());
        assertEquals(1, bob.get(USERS.POSTS).size());
        assertNull(USERS.select().where(USERS.ID.eq(-1L)).with(USERS.POSTS).fetchOne(db()));
    }

    @Test
    void compositeKeysLoadToManyToOneAndManyToMany() {
        var orders = ORDERS.select().orderBy(ORDERS.REGION, ORDERS.NUMBER).with(ORDERS.LINES, ORDERS.COUPONS)
                .fetch(db());
        assertEquals(List.of("ink", "pen"), values(orders.get(0).get(ORDERS.LINES), ORDER_LINES.PRODUCT));
        assertEquals(List.of(), orders.get(1).get(ORDERS.LINES));
        assertEquals(List.of("cap"), values(orders.get(2).get(ORDERS.LINES), ORDER_LINES.PRODUCT));
        assertEquals(List.of("FREE", "TEN"), values(orders.get(0).get(ORDERS.COUPONS),
                dev.quarry.it.suite.loading.Coupons.COUPONS.CODE));
        assertEquals(List.of(), orders.get(1).get(ORDERS.COUPONS));
        var lines = byName(ORDER_LINES.select().with(ORDER_LINES.ORDER).fetch(db()), ORDER_LINES.PRODUCT);
        Row order = lines.get("cap").get(ORDER_LINES.ORDER);
        assertNotNull(order);
        assertEquals("Cy", order.get(ORDERS.CUSTOMER));
        assertEquals("Ann", lines.get("ink").get(ORDER_LINES.ORDER).get(ORDERS.CUSTOMER));
    }
}
