package dev.quarry.it.suite;

import static dev.quarry.Sql.addDays;
import static dev.quarry.Sql.addMonths;
import static dev.quarry.Sql.addYears;
import static dev.quarry.Sql.all;
import static dev.quarry.Sql.any;
import static dev.quarry.Sql.caseOf;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.extract;
import static dev.quarry.Sql.greatest;
import static dev.quarry.Sql.hour;
import static dev.quarry.Sql.least;
import static dev.quarry.Sql.lpad;
import static dev.quarry.Sql.minute;
import static dev.quarry.Sql.nullif;
import static dev.quarry.Sql.position;
import static dev.quarry.Sql.replace;
import static dev.quarry.Sql.rpad;
import static dev.quarry.Sql.second;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.val;
import static dev.quarry.it.suite.model.AllTypes.ALL_TYPES;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Condition;
import dev.quarry.DatePart;
import dev.quarry.SqlType;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CASE, NULLIF, GREATEST/LEAST, string and date functions, literal text search, CAST and ANY/ALL. */
public abstract class ExpressionSuite extends SuiteBase {

    private List<String> namesOrdered(java.util.function.Function<dev.quarry.Field<String>, dev.quarry.Field<String>> f) {
        return select(f.apply(USERS.NAME)).from(USERS).orderBy(USERS.NAME).fetch(db()).stream().map(r -> r.v1()).toList();
    }

    @Test
    void simpleCaseAndNullif() {
        seedUsersAndPosts();
        var rows = select(caseOf(POSTS.LIKES).when(10, "ten").when(3, "three").otherwise("other"), nullif(POSTS.LIKES, 7))
                .from(POSTS).orderBy(POSTS.LIKES).fetch(db());
        assertEquals(List.of("three", "other", "ten"), rows.stream().map(r -> r.v1()).toList());
        assertEquals(Arrays.asList(3, null, 10), rows.stream().map(r -> r.v2()).toList());
    }

    @Test
    void greatestAndLeastIgnoreNulls() {
        seedUsersAndPosts();
        var rows = select(USERS.NAME, greatest(USERS.AGE, val(35)), least(USERS.AGE, val(35)), greatest(USERS.AGE, USERS.AGE))
                .from(USERS).orderBy(USERS.NAME).fetch(db());
        // Ann 31, Bob 42, Cy NULL
        assertEquals(List.of(35, 42, 35), rows.stream().map(r -> r.v2()).toList());
        assertEquals(List.of(31, 35, 35), rows.stream().map(r -> r.v3()).toList());
        assertEquals(Arrays.asList(31, 42, null), rows.stream().map(r -> r.v4()).toList(), "all NULL gives NULL");
    }

    @Test
    void stringFunctions() {
        seedUsersAndPosts();
        assertEquals(List.of("Ax", "Bob", "Cy"), namesOrdered(n -> replace(n, "nn", "x")));
        assertEquals(List.of("**Ann", "**Bob", "***Cy"), namesOrdered(n -> lpad(n, 5, "*")));
        assertEquals(List.of("An", "Bo", "Cy"), namesOrdered(n -> lpad(n, 2, "*")));
        assertEquals(List.of("Annabab", "Bobabab", "Cyababa"), namesOrdered(n -> rpad(n, 7, "ab")));
        var positions = select(position(USERS.NAME, "n"), position(USERS.NAME, "z")).from(USERS).orderBy(USERS.NAME)
                .fetch(db());
        assertEquals(List.of(2, 0, 0), positions.stream().map(r -> r.v1()).toList());
        assertEquals(List.of(0, 0, 0), positions.stream().map(r -> r.v2()).toList());
        var nulls = select(lpad(USERS.EMAIL, 3, "x"), rpad(USERS.EMAIL, 3, "x")).from(USERS).where(USERS.NAME.eq("Cy"))
                .fetchSingle(db());
        assertEquals(null, nulls.v1());
        assertEquals(null, nulls.v2());
    }

    private List<String> tags(Condition c) {
        return select(TAGS.LABEL).from(TAGS).where(c).orderBy(TAGS.LABEL).fetch(db()).stream().map(r -> r.v1()).toList();
    }

    @Test
    void containsStartsWithAndEndsWithMatchTextLiterally() {
        TAGS.insert(TAGS.LABEL).values("50% off").values("50 off").values("a_b").values("axb").values("x!y")
                .values("back\\slash").values("backslash").execute(db());
        assertEquals(List.of("50% off"), tags(TAGS.LABEL.contains("0%")));
        assertEquals(List.of("a_b"), tags(TAGS.LABEL.startsWith("a_")));
        assertEquals(List.of("x!y"), tags(TAGS.LABEL.contains("!")));
        assertEquals(List.of("back\\slash"), tags(TAGS.LABEL.endsWith("k\\slash")));
        assertEquals(List.of("50 off", "50% off"), tags(TAGS.LABEL.containsIgnoreCase("OFF")));
        assertEquals(List.of("axb"), tags(TAGS.LABEL.endsWith("xb")));
    }

    @Test
    void datePartsAndDateArithmetic() {
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.TS, LocalDateTime.of(2024, 2, 28, 13, 45, 59, 900_000_000))
                .set(ALL_TYPES.DAY, LocalDate.of(2024, 2, 28)).execute(db());
        var r = select(hour(ALL_TYPES.TS), minute(ALL_TYPES.TS), second(ALL_TYPES.TS), addDays(ALL_TYPES.DAY, 1),
                addDays(ALL_TYPES.DAY, -28)).from(ALL_TYPES).fetchSingle(db());
        assertEquals(13, r.v1());
        assertEquals(45, r.v2());
        assertEquals(59, r.v3(), "whole seconds, never rounded up");
        assertEquals(LocalDate.of(2024, 2, 29), r.v4());
        assertEquals(LocalDate.of(2024, 1, 31), r.v5());
    }

    @Test
    void monthsPastTheEndOfAShorterMonthAndExtract() {
        ALL_TYPES.insert().set(ALL_TYPES.ID, 1).set(ALL_TYPES.DAY, LocalDate.of(2024, 1, 31)).execute(db());
        ALL_TYPES.insert().set(ALL_TYPES.ID, 2).set(ALL_TYPES.DAY, LocalDate.of(2024, 2, 29)).execute(db());
        var d = ALL_TYPES.DAY;
        var rows = select(addMonths(d, 1), addMonths(d, 13), addMonths(d, -2), addYears(d, 1),
                extract(DatePart.MONTH, d), extract(DatePart.YEAR, d)).from(ALL_TYPES).orderBy(ALL_TYPES.ID)
                .fetch(db());
        var jan31 = rows.get(0);
        assertEquals(LocalDate.of(2024, 2, 29), jan31.v1(), "the last day of a shorter month, leap year");
        assertEquals(LocalDate.of(2025, 2, 28), jan31.v2());
        assertEquals(LocalDate.of(2023, 11, 30), jan31.v3());
        assertEquals(LocalDate.of(2025, 1, 31), jan31.v4());
        assertEquals(1, jan31.v5());
        assertEquals(2024, jan31.v6());
        var feb29 = rows.get(1);
        assertEquals(LocalDate.of(2024, 3, 29), feb29.v1());
        assertEquals(LocalDate.of(2025, 2, 28), feb29.v4(), "February 29 plus a year");
        assertEquals(2, feb29.v5());
    }

    @Test
    void casts() {
        seedUsersAndPosts();
        var r = select(cast(POSTS.LIKES, SqlType.TEXT), cast(val("42"), SqlType.INTEGER), cast(val("2.50"), SqlType.decimal(10, 2)),
                cast(val("2024-01-02 10:00:00"), SqlType.DATE), cast(POSTS.LIKES, SqlType.DOUBLE), cast(POSTS.LIKES, SqlType.BIGINT))
                .from(POSTS).where(POSTS.TITLE.eq("Hello")).fetchSingle(db());
        assertEquals("10", r.v1());
        assertEquals(42, r.v2());
        assertEquals(0, new BigDecimal("2.5").compareTo(r.v3()));
        assertEquals(LocalDate.of(2024, 1, 2), r.v4());
        assertEquals(10.0, r.v5());
        assertEquals(10L, r.v6());
    }

    @Test
    @Requires(Capability.QUANTIFIED_COMPARISON)
    void anyAndAll() {
        seedUsersAndPosts();
        var likes = select(POSTS.LIKES).from(POSTS);
        assertEquals(List.of(10), select(POSTS.LIKES).from(POSTS).where(POSTS.LIKES.ge(all(likes))).fetch(db()).stream()
                .map(r -> r.v1()).toList());
        assertEquals(List.of(7, 10), select(POSTS.LIKES).from(POSTS).where(POSTS.LIKES.gt(any(likes)))
                .orderBy(POSTS.LIKES).fetch(db()).stream().map(r -> r.v1()).toList());
        assertEquals(List.of("Ann", "Bob"), select(USERS.NAME).from(USERS).where(USERS.ID.eq(any(select(POSTS.USER_ID).from(POSTS))))
                .orderBy(USERS.NAME).fetch(db()).stream().map(r -> r.v1()).toList());
    }

    @Test
    @RequiresNot(Capability.QUANTIFIED_COMPARISON)
    void anyAndAllAreRefusedWhereMissing() {
        var q = select(POSTS.LIKES).from(POSTS).where(POSTS.LIKES.ge(all(select(POSTS.LIKES).from(POSTS))));
        assertThrows(UnsupportedFeatureException.class, () -> q.fetch(db()));
    }
}
