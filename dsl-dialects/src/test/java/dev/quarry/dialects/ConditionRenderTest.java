package dev.quarry.dialects;

import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of conditions (comparisons, null rules, IN, BETWEEN, LIKE, AND/OR/NOT), dialect by dialect. */
class ConditionRenderTest {


    @Test
    void comparisonsAndNullRule() {
        golden(select(USERS.ID).from(USERS).where(USERS.EMAIL.eq((String) null).or(USERS.NAME.ne((String) null))))
                .sqlite("SELECT users.id FROM users WHERE users.email IS NULL OR users.name IS NOT NULL")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.lt(5L).and(USERS.ID.ge(1L)).and(USERS.ID.ne(3L))))
                .sqlite("""
                SELECT users.id FROM users WHERE users.id < ? AND users.id >= ? AND users.id
                <> ?""", 5L, 1L, 3L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.between(1L, 9L).and(USERS.ID.notBetween(4L, 5L))))
                .sqlite("""
                SELECT users.id FROM users WHERE users.id BETWEEN ? AND ? AND users.id NOT
                BETWEEN ? AND ?""", 1L, 9L, 4L, 5L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void inListsIncludingEmpty() {
        golden(select(USERS.ID).from(USERS).where(USERS.ID.in(1L, 2L)))
                .sqlite("SELECT users.id FROM users WHERE users.id IN (?, ?)", 1L, 2L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.in(List.of())))
                .sqlite("SELECT users.id FROM users WHERE 1 = 0")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.notIn(List.of())))
                .sqlite("SELECT users.id FROM users WHERE 1 = 1")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void likeAndLogic() {
        golden(select(USERS.ID).from(USERS).where(USERS.NAME.like("J%").and(USERS.NAME.notLike("%x"))
                .or(USERS.EMAIL.likeIgnoreCase("%@EXAMPLE.COM").not())))
                .sqlite("""
                SELECT users.id FROM users WHERE (users.name LIKE ? AND users.name NOT LIKE ?)
                OR NOT (LOWER(users.email) LIKE LOWER(?))""", "J%", "%x", "%@EXAMPLE.COM")
                .mysql(SAME)
                .postgres("""
                SELECT users.id FROM users WHERE (users.name LIKE ? AND users.name NOT LIKE ?)
                OR NOT (users.email ILIKE ?)""", "J%", "%x", "%@EXAMPLE.COM")
                .check();
    }

    @Test
    void comparisons() {
        golden(select(USERS.ID).from(USERS).where(USERS.NAME.eq("John").and(USERS.NAME.ne("Jo"))))
                .sqlite("SELECT users.id FROM users WHERE users.name = ? AND users.name <> ?", "John", "Jo")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.EMAIL.eq((String) null).or(USERS.EMAIL.ne((String) null))))
                .sqlite("""
                SELECT users.id FROM users WHERE users.email IS NULL OR users.email IS NOT
                NULL""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS)
                .where(USERS.ID.lt(5L).and(USERS.ID.le(6L)).and(USERS.ID.gt(1L)).and(USERS.ID.ge(2L))))
                .sqlite("""
                SELECT users.id FROM users WHERE users.id < ? AND users.id <= ? AND users.id >
                ? AND users.id >= ?""", 5L, 6L, 1L, 2L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.NAME.isNull().or(USERS.NAME.isNotNull())))
                .sqlite("SELECT users.id FROM users WHERE users.name IS NULL OR users.name IS NOT NULL")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.eq(1L)))
                .sqlite("SELECT users.name FROM users WHERE users.id = ?", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.ne(1L)))
                .sqlite("SELECT users.name FROM users WHERE users.id <> ?", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.lt(1L).and(USERS.ID.le(2L))
                .and(USERS.ID.gt(3L)).and(USERS.ID.ge(4L))))
                .sqlite("""
                SELECT users.name FROM users WHERE users.id < ? AND users.id <= ? AND users.id
                > ? AND users.id >= ?""", 1L, 2L, 3L, 4L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void inAndBetween() {
        golden(select(USERS.ID).from(USERS).where(USERS.ID.in(1L, 2L).and(USERS.ID.notIn(3L))))
                .sqlite("SELECT users.id FROM users WHERE users.id IN (?, ?) AND users.id NOT IN (?)", 1L, 2L, 3L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.in(List.of())))
                .sqlite("SELECT users.id FROM users WHERE 1 = 0")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.notIn(List.of())))
                .sqlite("SELECT users.id FROM users WHERE 1 = 1")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.between(1L, 9L)))
                .sqlite("SELECT users.id FROM users WHERE users.id BETWEEN ? AND ?", 1L, 9L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.ID.notBetween(1L, 9L)))
                .sqlite("SELECT users.id FROM users WHERE users.id NOT BETWEEN ? AND ?", 1L, 9L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void like() {
        golden(select(USERS.ID).from(USERS).where(USERS.EMAIL.like("%@x.io").and(USERS.NAME.notLike("A%"))))
                .sqlite("SELECT users.id FROM users WHERE users.email LIKE ? AND users.name NOT LIKE ?", "%@x.io", "A%")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).where(USERS.NAME.likeIgnoreCase("an%")))
                .sqlite("SELECT users.id FROM users WHERE LOWER(users.name) LIKE LOWER(?)", "an%")
                .mysql(SAME)
                .postgres("SELECT users.id FROM users WHERE users.name ILIKE ?", "an%")
                .check();
    }

    @Test
    void andOrNot() {
        golden(select(USERS.ID).from(USERS)
                .where(USERS.ID.eq(1L).or(USERS.ID.eq(2L)).and(USERS.NAME.eq("a").not())))
                .sqlite("""
                SELECT users.id FROM users WHERE (users.id = ? OR users.id = ?) AND NOT
                (users.name = ?)""", 1L, 2L, "a")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS)
                .where(USERS.NAME.eq("a").or(USERS.NAME.eq("b")).and(USERS.ID.gt(1L).not())))
                .sqlite("""
                SELECT users.name FROM users WHERE (users.name = ? OR users.name = ?) AND NOT
                (users.id > ?)""", "a", "b", 1L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.gt(1L)).where(USERS.ID.lt(9L)))
                .sqlite("SELECT users.name FROM users WHERE users.id > ? AND users.id < ?", 1L, 9L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void eqNullIsNull() {
        golden(select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq((String) null)))
                .sqlite("SELECT users.name FROM users WHERE users.email IS NULL")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.EMAIL.ne((String) null)))
                .sqlite("SELECT users.name FROM users WHERE users.email IS NOT NULL")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.EMAIL.isNull().or(USERS.EMAIL.isNotNull())))
                .sqlite("""
                SELECT users.name FROM users WHERE users.email IS NULL OR users.email IS NOT
                NULL""")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void inAndNotIn() {
        golden(select(USERS.NAME).from(USERS).where(USERS.ID.in(1L, 2L)))
                .sqlite("SELECT users.name FROM users WHERE users.id IN (?, ?)", 1L, 2L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.NAME.notIn(List.of("a", "b"))))
                .sqlite("SELECT users.name FROM users WHERE users.name NOT IN (?, ?)", "a", "b")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.NAME.in(List.of())))
                .sqlite("SELECT users.name FROM users WHERE 1 = 0")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.NAME.notIn(List.of())))
                .sqlite("SELECT users.name FROM users WHERE 1 = 1")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void between() {
        golden(select(POSTS.TITLE).from(POSTS).where(POSTS.LIKES.between(1, 5)))
                .sqlite("SELECT posts.title FROM posts WHERE posts.likes BETWEEN ? AND ?", 1, 5)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.TITLE).from(POSTS).where(POSTS.LIKES.notBetween(1, 5)))
                .sqlite("SELECT posts.title FROM posts WHERE posts.likes NOT BETWEEN ? AND ?", 1, 5)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void likeNotLikeAndIlike() {
        golden(select(USERS.NAME).from(USERS).where(USERS.EMAIL.like("%@x.io")))
                .sqlite("SELECT users.name FROM users WHERE users.email LIKE ?", "%@x.io")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.EMAIL.notLike("%@x.io")))
                .sqlite("SELECT users.name FROM users WHERE users.email NOT LIKE ?", "%@x.io")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.NAME.likeIgnoreCase("an%")))
                .sqlite("SELECT users.name FROM users WHERE LOWER(users.name) LIKE LOWER(?)", "an%")
                .mysql(SAME)
                .postgres("SELECT users.name FROM users WHERE users.name ILIKE ?", "an%")
                .check();
        golden(select(USERS.NAME).from(USERS).where(USERS.NAME.likeIgnoreCase("an%").not()))
                .sqlite("SELECT users.name FROM users WHERE NOT (LOWER(users.name) LIKE LOWER(?))", "an%")
                .mysql(SAME)
                .postgres("SELECT users.name FROM users WHERE NOT (users.name ILIKE ?)", "an%")
                .check();
    }
}
