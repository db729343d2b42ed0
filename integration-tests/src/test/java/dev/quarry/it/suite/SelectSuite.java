package dev.quarry.it.suite;

import static dev.quarry.Sql.abs;
import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.countDistinct;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.lower;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.notExists;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.round;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.trim;
import static dev.quarry.Sql.upper;
import static dev.quarry.Sql.val;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.MappingException;
import dev.quarry.NoRowsException;
import dev.quarry.Param;
import dev.quarry.Row;
import dev.quarry.Row1;
import dev.quarry.Select1;
import dev.quarry.SqlType;
import dev.quarry.TooManyRowsException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SELECT: conditions, ordering, paging, aggregates, functions, subqueries, parameters and the fetch methods. */
public abstract class SelectSuite extends SuiteBase {

    @BeforeEach
    void seed() {
        seedUsersAndPosts();
    }

    private List<String> names(dev.quarry.Condition where) {
        return select(USERS.NAME).from(USERS).where(where).orderBy(USERS.NAME).fetch(db()).stream()
                .map(Row1::v1).toList();
    }

    @Test
    void selectAllColumnsOfATable() {
        List<Row> rows = USERS.select().where(USERS.NAME.eq("Ann")).fetch(db());
        assertEquals(1, rows.size());
        Row ann = rows.get(0);
        assertEquals(USERS.columns().size(), ann.size());
        assertEquals("ann@example.com", ann.get(USERS.EMAIL));
        assertEquals(31, ann.get(USERS.AGE));
        assertEquals("Ann", ann.get("name"));
        assertTrue(ann.get(USERS.CREATED) != null, "created_at gets its default");
    }

    @Test
    void comparisons() {
        assertEquals(List.of("Bob"), names(USERS.AGE.gt(40)));
        assertEquals(List.of("Ann", "Bob"), names(USERS.AGE.ge(31)));
        assertEquals(List.of("Ann"), names(USERS.AGE.lt(42)));
        assertEquals(List.of("Ann"), names(USERS.AGE.le(31)));
        assertEquals(List.of("Ann", "Cy"), names(USERS.NAME.ne("Bob")));
        assertEquals(List.of("Ann", "Bob"), names(USERS.AGE.between(30, 50)));
        assertEquals(List.of(), names(USERS.AGE.notBetween(30, 50)));
    }

    @Test
    void eqNullMeansIsNull() {
        assertEquals(List.of("Cy"), names(USERS.EMAIL.eq((String) null)));
        assertEquals(List.of("Ann", "Bob"), names(USERS.EMAIL.ne((String) null)));
        assertEquals(List.of("Cy"), names(USERS.AGE.isNull()));
        assertEquals(List.of("Ann", "Bob"), names(USERS.AGE.isNotNull()));
    }

    @Test
    void orderingWithNullsNeedsNoValue() {
        assertThrows(IllegalArgumentException.class, () -> USERS.AGE.gt((Integer) null));
    }

    @Test
    void inAndNotIn() {
        assertEquals(List.of("Ann", "Cy"), names(USERS.NAME.in("Ann", "Cy", "Zed")));
        assertEquals(List.of("Bob"), names(USERS.NAME.notIn(List.of("Ann", "Cy"))));
    }

    @Test
    void emptyInIsFalseAndEmptyNotInIsTrue() {
        assertEquals(List.of(), names(USERS.NAME.in(List.of())));
        assertEquals(List.of("Ann", "Bob", "Cy"), names(USERS.NAME.notIn(List.of())));
    }

    @Test
    void likeAndLikeIgnoreCase() {
        assertEquals(List.of("Ann"), names(USERS.EMAIL.like("%@example.com")));
        assertEquals(List.of("Bob"), names(USERS.EMAIL.notLike("%.com")));
        assertEquals(List.of("Ann"), names(USERS.NAME.likeIgnoreCase("AN%")));
        assertEquals(List.of("Ann"), names(USERS.NAME.likeIgnoreCase("an%")));
    }

    @Test
    void andOrNot() {
        assertEquals(List.of("Ann", "Cy"), names(USERS.NAME.eq("Ann").or(USERS.AGE.isNull())));
        assertEquals(List.of("Bob"), names(USERS.AGE.gt(30).and(USERS.NAME.ne("Ann"))));
        assertEquals(List.of("Bob", "Cy"), names(USERS.NAME.eq("Ann").not()));
        assertEquals(List.of("Ann"),
                names(USERS.NAME.eq("Ann").or(USERS.NAME.eq("Bob")).and(USERS.AGE.lt(40))));
    }

    @Test
    void whereCalledTwiceJoinsWithAnd() {
        var rows = select(USERS.NAME).from(USERS).where(USERS.AGE.gt(30)).where(USERS.NAME.ne("Bob")).fetch(db());
        assertEquals(List.of("Ann"), rows.stream().map(Row1::v1).toList());
    }

    @Test
    void orderByWithNullsFirstAndLast() {
        var first = select(USERS.NAME).from(USERS).orderBy(USERS.AGE.asc().nullsFirst()).fetch(db());
        assertEquals(List.of("Cy", "Ann", "Bob"), first.stream().map(Row1::v1).toList());
        var last = select(USERS.NAME).from(USERS).orderBy(USERS.AGE.asc().nullsLast()).fetch(db());
        assertEquals(List.of("Ann", "Bob", "Cy"), last.stream().map(Row1::v1).toList());
        var descFirst = select(USERS.NAME).from(USERS).orderBy(USERS.AGE.desc().nullsFirst()).fetch(db());
        assertEquals(List.of("Cy", "Bob", "Ann"), descFirst.stream().map(Row1::v1).toList());
        var descLast = select(USERS.NAME).from(USERS).orderBy(USERS.AGE.desc().nullsLast()).fetch(db());
        assertEquals(List.of("Bob", "Ann", "Cy"), descLast.stream().map(Row1::v1).toList());
    }

    @Test
    void limitAndOffset() {
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME);
        assertEquals(List.of("Ann", "Bob"), q.limit(2).fetch(db()).stream().map(Row1::v1).toList());
        assertEquals(List.of("Bob"), q.limit(1).offset(1).fetch(db()).stream().map(Row1::v1).toList());
        assertEquals(List.of("Bob", "Cy"), q.offset(1).fetch(db()).stream().map(Row1::v1).toList());
        assertEquals(List.of(), q.offset(10).fetch(db()));
    }

    @Test
    void pagingByParameterReusesOneQuery() {
        Param<Long> page = param("page", Long.class);
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME).limit(1).offset(page);
        assertEquals("Ann", q.bind(page, 0L).fetchSingle(db()).v1());
        assertEquals("Cy", q.bind(page, 2L).fetchSingle(db()).v1());
        assertEquals(q.bind(page, 0L).toSql(db().dialect()).sql(), q.bind(page, 2L).toSql(db().dialect()).sql());
    }

    @Test
    void distinct() {
        var authors = selectDistinct(POSTS.USER_ID).from(POSTS).fetch(db());
        assertEquals(2, authors.size());
        assertEquals(2, select(POSTS.USER_ID).from(POSTS).distinct().fetch(db()).size());
    }

    @Test
    void aggregates() {
        var r = select(count(), count(USERS.AGE), countDistinct(USERS.AGE), sum(USERS.AGE), avg(USERS.AGE),
                min(USERS.AGE), max(USERS.AGE)).from(USERS).fetchSingle(db());
        assertEquals(3L, r.v1());
        assertEquals(2L, r.v2());
        assertEquals(2L, r.v3());
        assertEquals(0, new BigDecimal("73").compareTo(r.v4()));
        assertEquals(0, new BigDecimal("36.5").compareTo(r.v5()));
        assertEquals(31, r.v6());
        assertEquals(42, r.v7());
    }

    @Test
    void decimalsCompareAndSortAsNumbers() {
        var scores = select(POSTS.SCORE).from(POSTS).where(POSTS.SCORE.gt(new BigDecimal("5")))
                .orderBy(POSTS.SCORE.desc()).fetch(db());
        assertEquals(1, scores.size());
        assertEquals(new BigDecimal("10.25"), scores.get(0).v1());
        var all = select(POSTS.SCORE).from(POSTS).where(POSTS.SCORE.isNotNull()).orderBy(POSTS.SCORE).fetch(db());
        assertEquals(List.of(new BigDecimal("4.50"), new BigDecimal("10.25")), all.stream().map(Row1::v1).toList());
        assertEquals(new BigDecimal("10.25"), select(max(POSTS.SCORE)).from(POSTS).fetchSingle(db()).v1().setScale(2));
    }

    @Test
    void groupByAndHaving() {
        var rows = select(USERS.NAME, count(POSTS.ID), sum(POSTS.LIKES)).from(USERS).leftJoin(POSTS).onKey()
                .groupBy(USERS.NAME).having(count(POSTS.ID).ge(1L)).orderBy(count(POSTS.ID).desc()).fetch(db());
        assertEquals(2, rows.size());
        assertEquals("Ann", rows.get(0).v1());
        assertEquals(2L, rows.get(0).v2());
        assertEquals(0, new BigDecimal("13").compareTo(rows.get(0).v3()));
        assertEquals(1L, rows.get(1).v2());
        var twice = select(USERS.NAME).from(USERS).join(POSTS).onKey().groupBy(USERS.NAME)
                .having(count().gt(0L)).having(count().lt(2L)).fetch(db());
        assertEquals(List.of("Bob"), twice.stream().map(Row1::v1).toList());
    }

    @Test
    void getByFieldFindsAnEqualExpression() {
        var row = select(USERS.NAME, count(POSTS.ID)).from(USERS).join(POSTS).onKey().groupBy(USERS.NAME)
                .orderBy(USERS.NAME).limit(1).fetchSingle(db());
        assertEquals(2L, row.get(count(POSTS.ID)));
        assertEquals("Ann", row.get(USERS.NAME));
        assertThrows(IllegalArgumentException.class, () -> row.get(USERS.EMAIL));
    }

    @Test
    void arithmeticAndIntegerDivisionAgreeEverywhere() {
        var r = select(POSTS.LIKES.add(1), POSTS.LIKES.sub(1), POSTS.LIKES.mul(2), POSTS.LIKES.div(4), POSTS.LIKES.neg())
                .from(POSTS).where(POSTS.TITLE.eq("Hello")).fetchSingle(db());
        assertEquals(11, r.v1());
        assertEquals(9, r.v2());
        assertEquals(20, r.v3());
        assertEquals(2, r.v4(), "10 / 4 divides as integers");
        assertEquals(-10, r.v5());
    }

    @Test
    void stringFunctions() {
        var r = select(lower(USERS.NAME), upper(USERS.NAME), length(USERS.NAME), concat(USERS.NAME, val("!")),
                substring(USERS.EMAIL, 1, 3), trim(val("  x  ")), coalesce(USERS.EMAIL, "none"))
                .from(USERS).where(USERS.NAME.eq("Ann")).fetchSingle(db());
        assertEquals("ann", r.v1());
        assertEquals("ANN", r.v2());
        assertEquals(3, r.v3());
        assertEquals("Ann!", r.v4());
        assertEquals("ann", r.v5());
        assertEquals("x", r.v6());
        assertEquals("ann@example.com", r.v7());
        assertEquals("3131", select(concat(USERS.AGE, USERS.AGE)).from(USERS).where(USERS.NAME.eq("Ann"))
                .fetchSingle(db()).v1(), "concat of non-text values");
        assertEquals("none", select(coalesce(USERS.EMAIL, "none")).from(USERS).where(USERS.NAME.eq("Cy"))
                .fetchSingle(db()).v1());
    }

    @Test
    void numericFunctionsCaseAndCast() {
        var r = select(abs(POSTS.LIKES.neg()), round(POSTS.SCORE, 1),
                caseWhen(POSTS.LIKES.gt(5), "many").otherwise("few"), cast(POSTS.LIKES, SqlType.BIGINT))
                .from(POSTS).where(POSTS.TITLE.eq("Hello")).fetchSingle(db());
        assertEquals(10, r.v1());
        assertEquals(0, new BigDecimal("4.5").compareTo(r.v2()));
        assertEquals("many", r.v3());
        assertEquals(10L, r.v4());
    }

    @Test
    void rawSqlBindsItsArguments() {
        var r = select(raw(SqlType.INTEGER, "? + ?", 40, 2)).from(USERS).where(rawCondition("1 = ?", 1)).limit(1)
                .fetchSingle(db());
        assertEquals(42, r.v1());
    }

    @Test
    void inSubqueryExistsAndScalarSubquery() {
        var writers = select(POSTS.USER_ID).from(POSTS).where(POSTS.LIKES.gt(5));
        assertEquals(List.of("Ann", "Bob"), names(USERS.ID.in(writers)));
        assertEquals(List.of("Cy"), names(USERS.ID.notIn(select(POSTS.USER_ID).from(POSTS))));
        assertEquals(List.of("Ann", "Bob"),
                names(exists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)))));
        assertEquals(List.of("Cy"), names(notExists(selectOne().from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)))));
        Select1<Long> postCount = select(count()).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID));
        var counts = select(USERS.NAME, postCount.asField()).from(USERS).orderBy(USERS.NAME).fetch(db());
        assertEquals(List.of(2L, 1L, 0L), counts.stream().map(r -> r.v2()).toList());
    }

    @Test
    void namedParameters() {
        Param<String> email = param("email", String.class);
        Select1<String> byEmail = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(email));
        assertEquals("Ann", byEmail.bind(email, "ann@example.com").fetchOne(db()).v1());
        assertEquals("Bob", byEmail.bind(email, "bob@example.org").fetchOne(db()).v1());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> byEmail.fetch(db()));
        assertTrue(e.getMessage().contains("email"), e.getMessage());
    }

    @Test
    void fetchOneOptionalAndSingle() {
        var none = select(USERS.NAME).from(USERS).where(USERS.NAME.eq("Nobody"));
        var one = select(USERS.NAME).from(USERS).where(USERS.NAME.eq("Ann"));
        var many = select(USERS.NAME).from(USERS);
        assertNull(none.fetchOne(db()));
        assertTrue(none.fetchOptional(db()).isEmpty());
        assertThrows(NoRowsException.class, () -> none.fetchSingle(db()));
        assertEquals("Ann", one.fetchSingle(db()).v1());
        assertEquals("Ann", one.fetchOptional(db()).orElseThrow().v1());
        assertThrows(TooManyRowsException.class, () -> many.fetchOne(db()));
        assertThrows(TooManyRowsException.class, () -> many.fetchSingle(db()));
        assertThrows(TooManyRowsException.class, () -> many.fetchOptional(db()));
    }

    @Test
    void fetchStreamIsLazyAndReturnsItsConnection() {
        try (Stream<Row1<String>> s = select(USERS.NAME).from(USERS).orderBy(USERS.NAME).fetchStream(db())) {
            assertEquals("Ann", s.findFirst().orElseThrow().v1());
        }
        List<String> all = new ArrayList<>();
        try (Stream<Row1<String>> s = select(USERS.NAME).from(USERS).orderBy(USERS.NAME).fetchStream(db())) {
            s.forEach(r -> all.add(r.v1()));
        }
        assertEquals(List.of("Ann", "Bob", "Cy"), all);
        AtomicInteger seen = new AtomicInteger();
        for (int i = 0; i < 30; i++) {
            Stream<Row1<String>> s = select(USERS.NAME).from(USERS).fetchStream(db());
            assertThrows(IllegalStateException.class, () -> s.forEach(r -> {
                seen.incrementAndGet();
                throw new IllegalStateException("consumer fails");
            }));
        }
        assertEquals(30, seen.get());
        assertEquals(3L, select(count()).from(USERS).fetchSingle(db()).v1(), "connections were returned");
    }

    /** A record named after columns and an alias. */
    public record UserSummary(String name, Integer age, Long postCount) {
    }

    /** A record with a component that no column fills. */
    public record Broken(String name, String nickname) {
    }

    /** A POJO filled through setters. */
    public static final class UserBean {
        private String name;
        private String email;

        public void setName(String name) {
            this.name = name;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    @Test
    void fetchIntoRecordsAndPojos() {
        var q = select(USERS.NAME, USERS.AGE, count(POSTS.ID).as("post_count")).from(USERS).leftJoin(POSTS).onKey()
                .groupBy(USERS.NAME, USERS.AGE).orderBy(USERS.NAME);
        List<UserSummary> list = q.fetchInto(db(), UserSummary.class);
        assertEquals(List.of(new UserSummary("Ann", 31, 2L), new UserSummary("Bob", 42, 1L),
                new UserSummary("Cy", null, 0L)), list);
        List<UserBean> beans = USERS.select().orderBy(USERS.NAME).fetchInto(db(), UserBean.class);
        assertEquals("Ann", beans.get(0).name);
        assertEquals("ann@example.com", beans.get(0).email);
        MappingException e = assertThrows(MappingException.class,
                () -> select(USERS.NAME).from(USERS).fetchInto(db(), Broken.class));
        assertTrue(e.getMessage().contains("nickname"), e.getMessage());
    }

    @Test
    void mapByDegree() {
        List<String> labels = select(USERS.NAME, USERS.AGE).from(USERS).where(USERS.AGE.isNotNull())
                .orderBy(USERS.NAME).map(db(), (name, age) -> name + ":" + age);
        assertEquals(List.of("Ann:31", "Bob:42"), labels);
        List<Integer> ages = select(USERS.AGE).from(USERS).orderBy(USERS.NAME).map(db(), age -> age);
        assertEquals(Arrays.asList(31, 42, null), ages, "a NULL reaches the mapper as null");
        assertEquals(List.of(), select(USERS.NAME).from(USERS).where(USERS.AGE.gt(99)).map(db(), n -> n));
    }

    @Test
    void aQueryValueIsReusableAndThreadSafe() throws Exception {
        var q = select(USERS.NAME).from(USERS).where(USERS.AGE.gt(30)).orderBy(USERS.NAME);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        assertEquals(List.of("Ann", "Bob"), q.fetch(db()).stream().map(Row1::v1).toList());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(List.of(), failures);
        assertFalse(q.toString().isEmpty());
    }
}
