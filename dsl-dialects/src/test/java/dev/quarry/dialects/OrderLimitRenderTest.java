package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.selectDistinct;
import static dev.quarry.Sql.selectOne;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;

import dev.quarry.Param;
import org.junit.jupiter.api.Test;

/** Golden SQL of ORDER BY (with nulls first/last), LIMIT/OFFSET and DISTINCT, dialect by dialect. */
class OrderLimitRenderTest {


    @Test
    void orderByNullsLimitOffset() {
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc().nullsFirst(), USERS.ID.desc().nullsLast());
        golden(q)
                .sqlite("""
                SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC
                NULLS LAST""")
                .mysql("""
                SELECT users.name FROM users ORDER BY users.name IS NULL DESC, users.name,
                users.id IS NULL, users.id DESC""")
                .postgres("""
                SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC
                NULLS LAST""")
                .check();
        golden(q.limit(10))
                .sqlite("""
                SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC
                NULLS LAST LIMIT ?""", 10L)
                .mysql("""
                SELECT users.name FROM users ORDER BY users.name IS NULL DESC, users.name,
                users.id IS NULL, users.id DESC LIMIT ?""", 10L)
                .postgres("""
                SELECT users.name FROM users ORDER BY users.name NULLS FIRST, users.id DESC
                NULLS LAST LIMIT ?""", 10L)
                .check();
        golden(select(USERS.NAME).from(USERS).limit(10).offset(20))
                .sqlite("SELECT users.name FROM users LIMIT ? OFFSET ?", 10L, 20L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).offset(20))
                .sqlite("SELECT users.name FROM users LIMIT -1 OFFSET ?", 20L)
                .mysql("SELECT users.name FROM users LIMIT 18446744073709551615 OFFSET ?", 20L)
                .postgres("SELECT users.name FROM users OFFSET ?", 20L)
                .check();
        golden(select(USERS.NAME).from(USERS).limit(dev.quarry.Sql.inline(5L)))
                .sqlite("SELECT users.name FROM users LIMIT 5")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void distinct() {
        golden(selectDistinct(USERS.NAME).from(USERS))
                .sqlite("SELECT DISTINCT users.name FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).distinct())
                .sqlite("SELECT DISTINCT users.name FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(selectDistinct(POSTS.USER_ID).from(POSTS))
                .sqlite("SELECT DISTINCT posts.user_id FROM posts")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(POSTS.USER_ID).from(POSTS).distinct())
                .sqlite("SELECT DISTINCT posts.user_id FROM posts")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void orderByWithEmulatedNulls() {
        golden(select(USERS.ID).from(USERS).orderBy(USERS.NAME.asc(), USERS.ID.desc()))
                .sqlite("SELECT users.id FROM users ORDER BY users.name, users.id DESC")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.asc().nullsFirst()))
                .sqlite("SELECT users.id FROM users ORDER BY users.email NULLS FIRST")
                .mysql("SELECT users.id FROM users ORDER BY users.email IS NULL DESC, users.email")
                .postgres("SELECT users.id FROM users ORDER BY users.email NULLS FIRST")
                .check();
        golden(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.asc().nullsLast()))
                .sqlite("SELECT users.id FROM users ORDER BY users.email NULLS LAST")
                .mysql("SELECT users.id FROM users ORDER BY users.email IS NULL, users.email")
                .postgres("SELECT users.id FROM users ORDER BY users.email NULLS LAST")
                .check();
        golden(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.desc().nullsFirst()))
                .sqlite("SELECT users.id FROM users ORDER BY users.email DESC NULLS FIRST")
                .mysql("SELECT users.id FROM users ORDER BY users.email IS NULL DESC, users.email DESC")
                .postgres("SELECT users.id FROM users ORDER BY users.email DESC NULLS FIRST")
                .check();
        golden(select(USERS.ID).from(USERS).orderBy(USERS.EMAIL.desc().nullsLast()))
                .sqlite("SELECT users.id FROM users ORDER BY users.email DESC NULLS LAST")
                .mysql("SELECT users.id FROM users ORDER BY users.email IS NULL, users.email DESC")
                .postgres("SELECT users.id FROM users ORDER BY users.email DESC NULLS LAST")
                .check();
        golden(select(USERS.ID).from(USERS, POSTS).orderBy(count(POSTS.ID).desc().nullsLast()))
                .sqlite("SELECT users.id FROM users, posts ORDER BY COUNT(posts.id) DESC NULLS LAST")
                .mysql("""
                SELECT users.id FROM users, posts ORDER BY COUNT(posts.id) IS NULL, COUNT(posts.id)
                DESC""")
                .postgres("SELECT users.id FROM users, posts ORDER BY COUNT(posts.id) DESC NULLS LAST")
                .check();
    }

    @Test
    void limitAndOffset() {
        golden(select(USERS.ID).from(USERS).limit(10))
                .sqlite("SELECT users.id FROM users LIMIT ?", 10L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.ID).from(USERS).offset(20))
                .sqlite("SELECT users.id FROM users LIMIT -1 OFFSET ?", 20L)
                .mysql("SELECT users.id FROM users LIMIT 18446744073709551615 OFFSET ?", 20L)
                .postgres("SELECT users.id FROM users OFFSET ?", 20L)
                .check();
        golden(select(USERS.ID).from(USERS).limit(10).offset(20))
                .sqlite("SELECT users.id FROM users LIMIT ? OFFSET ?", 10L, 20L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        Param<Long> page = param("page", Long.class);
        golden(select(USERS.ID).from(USERS).limit(page))
                .sqlite("SELECT users.id FROM users LIMIT ?", page)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void distinctAndSelectOne() {
        golden(selectDistinct(USERS.NAME).from(USERS))
                .sqlite("SELECT DISTINCT users.name FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).distinct())
                .sqlite("SELECT DISTINCT users.name FROM users")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(selectOne())
                .sqlite("SELECT 1")
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }

    @Test
    void orderByDirectionsAndNulls() {
        golden(select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc(), USERS.ID.desc()))
                .sqlite("SELECT users.name FROM users ORDER BY users.name, users.id DESC")
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(select(USERS.NAME).from(USERS).orderBy(USERS.EMAIL.asc().nullsFirst(), USERS.EMAIL.asc().nullsLast(),
                USERS.EMAIL.desc().nullsFirst(), USERS.EMAIL.desc().nullsLast()))
                .sqlite("""
                SELECT users.name FROM users ORDER BY users.email NULLS FIRST, users.email
                NULLS LAST, users.email DESC NULLS FIRST, users.email DESC NULLS LAST""")
                .mysql("""
                SELECT users.name FROM users ORDER BY users.email IS NULL DESC, users.email,
                users.email IS NULL, users.email, users.email IS NULL DESC, users.email DESC,
                users.email IS NULL, users.email DESC""")
                .postgres("""
                SELECT users.name FROM users ORDER BY users.email NULLS FIRST, users.email
                NULLS LAST, users.email DESC NULLS FIRST, users.email DESC NULLS LAST""")
                .check();
    }

    @Test
    void limitAndOffsetAreBound() {
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME);
        golden(q.limit(10))
                .sqlite("SELECT users.name FROM users ORDER BY users.name LIMIT ?", 10L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
        golden(q.offset(20))
                .sqlite("SELECT users.name FROM users ORDER BY users.name LIMIT -1 OFFSET ?", 20L)
                .mysql("""
                SELECT users.name FROM users ORDER BY users.name LIMIT 18446744073709551615
                OFFSET ?""", 20L)
                .postgres("SELECT users.name FROM users ORDER BY users.name OFFSET ?", 20L)
                .check();
        golden(q.limit(10).offset(20))
                .sqlite("SELECT users.name FROM users ORDER BY users.name LIMIT ? OFFSET ?", 10L, 20L)
                .mysql(SAME)
                .postgres(SAME)
                .check();
    }
}
