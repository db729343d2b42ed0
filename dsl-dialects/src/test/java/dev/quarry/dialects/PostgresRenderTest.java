package dev.quarry.dialects;

import static dev.quarry.Sql.avg;
import static dev.quarry.Sql.caseWhen;
import static dev.quarry.Sql.cast;
import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.count;
import static dev.quarry.Sql.countDistinct;
import static dev.quarry.Sql.day;
import static dev.quarry.Sql.excluded;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.length;
import static dev.quarry.Sql.lower;
import static dev.quarry.Sql.max;
import static dev.quarry.Sql.min;
import static dev.quarry.Sql.month;
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
import static dev.quarry.Sql.val;
import static dev.quarry.Sql.year;
import static dev.quarry.dialects.SqlAssert.assertSql;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;
import static dev.quarry.dialects.fixtures.PostTags.POST_TAGS;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Tags.TAGS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.Param;
import dev.quarry.Table;
import dev.quarry.SqlType;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import dev.quarry.dialects.fixtures.AllTypes;
import dev.quarry.dialects.fixtures.Db;
import dev.quarry.dialects.fixtures.Employees;
import dev.quarry.dialects.postgres.PostgresDialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden SQL of every feature on PostgreSQL. */
class PostgresRenderTest {
    private static final Dialect PG = Dialects.POSTGRES;

    record NewUser(Long id, String name, String email) {
    }

    /** Columns whose default is the current moment, one per temporal type. */
    static final class Clock extends Table<Clock> {
        static final Metadata METADATA = new Metadata();
        static final Clock CLOCK = new Clock();

        final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        final Column<java.time.LocalDate> DAY = column("day", SqlType.DATE).defaultNow();
        final Column<LocalDateTime> AT = column("at", SqlType.TIMESTAMP).defaultNow();
        final Column<Instant> STAMP = column("stamp", SqlType.TIMESTAMPTZ_INSTANT).defaultNow();

        private Clock() {
            super(METADATA, "clock");
        }

        private Clock(Clock source, String alias) {
            super(source, alias);
        }

        @Override
        public Clock as(String alias) {
            return new Clock(this, alias);
        }
    }

    // ---- the dialect --------------------------------------------------------------------------------

    @Test
    void foundByUrlAndProductName() {
        assertSame(PostgresDialect.class, DialectLookup.forUrl("jdbc:postgresql://localhost:5432/app").getClass());
        assertEquals(PG.capabilities(), DialectLookup.forUrl("jdbc:postgresql://localhost/app").capabilities());
        assertTrue(PG.acceptsProduct("PostgreSQL"));
        assertTrue(!PG.acceptsUrl("jdbc:mysql://localhost/app"));
        assertEquals("PostgreSQL", PG.name());
    }

    @Test
    void capabilities() {
        assertEquals(java.util.EnumSet.of(Capability.RETURNING, Capability.RETURNING_ON_UPDATE, Capability.RIGHT_JOIN,
                Capability.FULL_JOIN, Capability.UPSERT, Capability.FOR_UPDATE, Capability.FOR_UPDATE_SKIP_LOCKED,
                Capability.NULLS_ORDER, Capability.ALTER_ADD_FOREIGN_KEY, Capability.TRANSACTIONAL_DDL,
                Capability.WINDOW_FUNCTIONS, Capability.QUANTIFIED_COMPARISON, Capability.UPDATE_FROM),
                PG.capabilities());
        assertTrue(PG.streamInTransaction(), "the driver only uses a cursor with autocommit off");
    }

    // ---- SELECT -------------------------------------------------------------------------------------

    @Test
    void selectAllColumns() {
        assertSql(USERS.select().where(USERS.NAME.eq("John")), PG, """
                SELECT users.id, users.name, users.email, users.created_at FROM users WHERE users.name = ?""", "John");
    }

    @Test
    void comparisons() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.eq(1L)), PG,
                "SELECT users.name FROM users WHERE users.id = ?", 1L);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.ne(1L)), PG,
                "SELECT users.name FROM users WHERE users.id <> ?", 1L);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.lt(1L).and(USERS.ID.le(2L))
                .and(USERS.ID.gt(3L)).and(USERS.ID.ge(4L))), PG, """
                SELECT users.name FROM users
                WHERE users.id < ? AND users.id <= ? AND users.id > ? AND users.id >= ?""", 1L, 2L, 3L, 4L);
    }

    @Test
    void eqNullIsNull() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq((String) null)), PG,
                "SELECT users.name FROM users WHERE users.email IS NULL");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.EMAIL.ne((String) null)), PG,
                "SELECT users.name FROM users WHERE users.email IS NOT NULL");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.EMAIL.isNull().or(USERS.EMAIL.isNotNull())), PG,
                "SELECT users.name FROM users WHERE users.email IS NULL OR users.email IS NOT NULL");
    }

    @Test
    void inAndNotIn() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.in(1L, 2L)), PG,
                "SELECT users.name FROM users WHERE users.id IN (?, ?)", 1L, 2L);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.NAME.notIn(List.of("a", "b"))), PG,
                "SELECT users.name FROM users WHERE users.name NOT IN (?, ?)", "a", "b");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.NAME.in(List.of())), PG,
                "SELECT users.name FROM users WHERE 1 = 0");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.NAME.notIn(List.of())), PG,
                "SELECT users.name FROM users WHERE 1 = 1");
    }

    @Test
    void between() {
        assertSql(select(POSTS.TITLE).from(POSTS).where(POSTS.LIKES.between(1, 5)), PG,
                "SELECT posts.title FROM posts WHERE posts.likes BETWEEN ? AND ?", 1, 5);
        assertSql(select(POSTS.TITLE).from(POSTS).where(POSTS.LIKES.notBetween(1, 5)), PG,
                "SELECT posts.title FROM posts WHERE posts.likes NOT BETWEEN ? AND ?", 1, 5);
    }

    @Test
    void likeNotLikeAndIlike() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.EMAIL.like("%@x.io")), PG,
                "SELECT users.name FROM users WHERE users.email LIKE ?", "%@x.io");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.EMAIL.notLike("%@x.io")), PG,
                "SELECT users.name FROM users WHERE users.email NOT LIKE ?", "%@x.io");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.NAME.likeIgnoreCase("an%")), PG,
                "SELECT users.name FROM users WHERE users.name ILIKE ?", "an%");
        assertSql(select(USERS.NAME).from(USERS).where(USERS.NAME.likeIgnoreCase("an%").not()), PG,
                "SELECT users.name FROM users WHERE NOT (users.name ILIKE ?)", "an%");
    }

    @Test
    void andOrNot() {
        assertSql(select(USERS.NAME).from(USERS)
                .where(USERS.NAME.eq("a").or(USERS.NAME.eq("b")).and(USERS.ID.gt(1L).not())), PG, """
                SELECT users.name FROM users
                WHERE (users.name = ? OR users.name = ?) AND NOT (users.id > ?)""", "a", "b", 1L);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.gt(1L)).where(USERS.ID.lt(9L)), PG,
                "SELECT users.name FROM users WHERE users.id > ? AND users.id < ?", 1L, 9L);
    }

    @Test
    void arithmeticAndIntegerDivision() {
        assertSql(select(POSTS.LIKES.add(1), POSTS.LIKES.sub(2), POSTS.LIKES.mul(3), POSTS.LIKES.div(4),
                POSTS.LIKES.neg()).from(POSTS), PG, """
                SELECT (posts.likes + ?), (posts.likes - ?), (posts.likes * ?), (posts.likes / ?), (-posts.likes)
                FROM posts""", 1, 2, 3, 4);
    }

    @Test
    void aggregates() {
        assertSql(select(count(), count(POSTS.ID), countDistinct(POSTS.USER_ID), sum(POSTS.LIKES), avg(POSTS.LIKES),
                min(POSTS.LIKES), max(POSTS.LIKES)).from(POSTS), PG, """
                SELECT COUNT(*), COUNT(posts.id), COUNT(DISTINCT posts.user_id), SUM(posts.likes), AVG(posts.likes),
                MIN(posts.likes), MAX(posts.likes) FROM posts""");
    }

    @Test
    void groupByHaving() {
        assertSql(select(USERS.NAME, count(POSTS.ID)).from(USERS).leftJoin(POSTS).onKey().groupBy(USERS.NAME)
                .having(count(POSTS.ID).gt(1L)), PG, """
                SELECT users.name, COUNT(posts.id) FROM users LEFT JOIN posts ON posts.user_id = users.id
                GROUP BY users.name HAVING COUNT(posts.id) > ?""", 1L);
    }

    @Test
    void orderByDirectionsAndNulls() {
        assertSql(select(USERS.NAME).from(USERS).orderBy(USERS.NAME.asc(), USERS.ID.desc()), PG,
                "SELECT users.name FROM users ORDER BY users.name, users.id DESC");
        assertSql(select(USERS.NAME).from(USERS).orderBy(USERS.EMAIL.asc().nullsFirst(), USERS.EMAIL.asc().nullsLast(),
                USERS.EMAIL.desc().nullsFirst(), USERS.EMAIL.desc().nullsLast()), PG, """
                SELECT users.name FROM users ORDER BY users.email NULLS FIRST, users.email NULLS LAST,
                users.email DESC NULLS FIRST, users.email DESC NULLS LAST""");
    }

    @Test
    void limitAndOffsetAreBound() {
        var q = select(USERS.NAME).from(USERS).orderBy(USERS.NAME);
        assertSql(q.limit(10), PG, "SELECT users.name FROM users ORDER BY users.name LIMIT ?", 10L);
        assertSql(q.offset(20), PG, "SELECT users.name FROM users ORDER BY users.name OFFSET ?", 20L);
        assertSql(q.limit(10).offset(20), PG, "SELECT users.name FROM users ORDER BY users.name LIMIT ? OFFSET ?",
                10L, 20L);
    }

    @Test
    void distinct() {
        assertSql(selectDistinct(POSTS.USER_ID).from(POSTS), PG, "SELECT DISTINCT posts.user_id FROM posts");
        assertSql(select(POSTS.USER_ID).from(POSTS).distinct(), PG, "SELECT DISTINCT posts.user_id FROM posts");
    }

    // ---- joins --------------------------------------------------------------------------------------

    @Test
    void joins() {
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).join(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), PG,
                "SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).innerJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), PG,
                "SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).leftJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), PG,
                "SELECT users.name, posts.title FROM users LEFT JOIN posts ON posts.user_id = users.id");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(POSTS).rightJoin(USERS).on(POSTS.USER_ID.eq(USERS.ID)), PG,
                "SELECT users.name, posts.title FROM posts RIGHT JOIN users ON posts.user_id = users.id");
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).fullJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID)), PG,
                "SELECT users.name, posts.title FROM users FULL JOIN posts ON posts.user_id = users.id");
        assertSql(select(USERS.NAME, TAGS.LABEL).from(USERS).crossJoin(TAGS), PG,
                "SELECT users.name, tags.label FROM users CROSS JOIN tags");
    }

    @Test
    void onKey() {
        assertSql(select(USERS.NAME, POSTS.TITLE).from(POSTS).join(USERS).onKey(), PG,
                "SELECT users.name, posts.title FROM posts JOIN users ON posts.user_id = users.id");
    }

    @Test
    void joinAlongRelationships() {
        assertSql(select(USERS.NAME, POSTS.TITLE).from(USERS).join(USERS.POSTS), PG,
                "SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id");
        assertSql(select(POSTS.TITLE, USERS.NAME).from(POSTS).join(POSTS.AUTHOR), PG,
                "SELECT posts.title, users.name FROM posts JOIN users ON users.id = posts.user_id");
        assertSql(select(POSTS.TITLE, TAGS.LABEL).from(POSTS).join(POSTS.TAGS), PG, """
                SELECT posts.title, tags.label FROM posts JOIN post_tags ON post_tags.post_id = posts.id
                JOIN tags ON tags.id = post_tags.tag_id""");
    }

    @Test
    void selfJoinThroughAnAlias() {
        Employees m = EMPLOYEES.as("m");
        assertSql(select(EMPLOYEES.NAME, m.NAME).from(EMPLOYEES).join(m).on(EMPLOYEES.MANAGER_ID.eq(m.ID)), PG,
                "SELECT employees.name, m.name FROM employees JOIN employees m ON employees.manager_id = m.id");
    }

    // ---- subqueries ---------------------------------------------------------------------------------

    @Test
    void subqueries() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.in(select(POSTS.USER_ID).from(POSTS)
                .where(POSTS.LIKES.gt(5)))), PG, """
                SELECT users.name FROM users
                WHERE users.id IN (SELECT posts.user_id FROM posts WHERE posts.likes > ?)""", 5);
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.notIn(select(POSTS.USER_ID).from(POSTS))), PG,
                "SELECT users.name FROM users WHERE users.id NOT IN (SELECT posts.user_id FROM posts)");
        assertSql(select(USERS.NAME).from(USERS).where(exists(selectOne().from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)))), PG, """
                SELECT users.name FROM users
                WHERE EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)""");
        assertSql(select(USERS.NAME).from(USERS).where(notExists(selectOne().from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)))), PG, """
                SELECT users.name FROM users
                WHERE NOT EXISTS (SELECT 1 FROM posts WHERE posts.user_id = users.id)""");
        assertSql(select(USERS.NAME, select(count()).from(POSTS).where(POSTS.USER_ID.eq(USERS.ID)).asField())
                .from(USERS), PG, """
                SELECT users.name, (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id) FROM users""");
    }

    // ---- INSERT / UPDATE / DELETE ---------------------------------------------------------------------

    @Test
    void insertSetAndReturning() {
        assertSql(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io"), PG,
                "INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "a@x.io");
        assertSql(USERS.insert().set(USERS.NAME, "Ann").returning(USERS.ID, USERS.CREATED), PG,
                "INSERT INTO users (name) VALUES (?) RETURNING users.id, users.created_at", "Ann");
    }

    @Test
    void insertSeveralRows() {
        assertSql(USERS.insert(USERS.NAME, USERS.EMAIL).values("a", "a@x").values("b", "b@x"), PG,
                "INSERT INTO users (name, email) VALUES (?, ?), (?, ?)", "a", "a@x", "b", "b@x");
    }

    @Test
    void insertSelect() {
        assertSql(POST_TAGS.insert(POST_TAGS.POST_ID, POST_TAGS.TAG_ID)
                .select(select(POSTS.ID, TAGS.ID).from(POSTS).crossJoin(TAGS).where(TAGS.LABEL.eq("java"))), PG, """
                INSERT INTO post_tags (post_id, tag_id)
                SELECT posts.id, tags.id FROM posts CROSS JOIN tags WHERE tags.label = ?""", "java");
    }

    @Test
    void insertFromRecordLeavesOutANullGeneratedKey() {
        assertSql(USERS.insertFrom(new NewUser(null, "Ann", "ann@x")), PG,
                "INSERT INTO users (name, email) VALUES (?, ?)", "Ann", "ann@x");
        assertSql(USERS.insertFrom(new NewUser(7L, "Ann", "ann@x")), PG,
                "INSERT INTO users (id, name, email) VALUES (?, ?, ?)", 7L, "Ann", "ann@x");
    }

    @Test
    void upsertDoUpdateWithExcludedQualifiesExistingColumns() {
        assertSql(USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "a@x.io").onConflict(USERS.EMAIL)
                .doUpdate().set(USERS.NAME, excluded(USERS.NAME)), PG, """
                INSERT INTO users (name, email) VALUES (?, ?)
                ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name""", "Ann", "a@x.io");
        // an unqualified "likes" would be ambiguous beside EXCLUDED on PostgreSQL
        assertSql(POSTS.insert().set(POSTS.ID, 1L).set(POSTS.USER_ID, 2L).set(POSTS.TITLE, "t").onConflict(POSTS.ID)
                .doUpdate().set(POSTS.LIKES, POSTS.LIKES.add(1)).set(POSTS.TITLE, excluded(POSTS.TITLE)), PG, """
                INSERT INTO posts (id, user_id, title) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET likes = (posts.likes + ?), title = EXCLUDED.title""", 1L, 2L, "t", 1);
    }

    @Test
    void upsertDoNothing() {
        assertSql(USERS.insert().set(USERS.NAME, "Ann").onConflictDoNothing(), PG,
                "INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING", "Ann");
        assertSql(USERS.insert().set(USERS.NAME, "Ann").onConflict(USERS.EMAIL).doNothing(), PG,
                "INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO NOTHING", "Ann");
        assertSql(USERS.insert().set(USERS.NAME, "Ann").onConflict(USERS.EMAIL).doUpdate()
                .set(USERS.NAME, "x").returning(USERS.ID), PG, """
                INSERT INTO users (name) VALUES (?) ON CONFLICT (email) DO UPDATE SET name = ?
                RETURNING users.id""", "Ann", "x");
    }

    @Test
    void upsertDoUpdateNeedsConflictColumns() {
        var q = USERS.insert().set(USERS.NAME, "Ann").onConflict().doUpdate().set(USERS.NAME, "x");
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> q.toSql(PG));
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void updateAndDeleteWithReturning() {
        assertSql(USERS.update().set(USERS.NAME, "Jo").where(USERS.ID.eq(1L)), PG,
                "UPDATE users SET name = ? WHERE users.id = ?", "Jo", 1L);
        assertSql(USERS.update().set(USERS.NAME, "Jo").where(USERS.ID.eq(1L)).returning(USERS.NAME), PG,
                "UPDATE users SET name = ? WHERE users.id = ? RETURNING users.name", "Jo", 1L);
        assertSql(POSTS.update().set(POSTS.LIKES, POSTS.LIKES.add(1)).whereAll(), PG,
                "UPDATE posts SET likes = (posts.likes + ?)", 1);
        assertSql(USERS.delete().where(USERS.ID.eq(1L)), PG, "DELETE FROM users WHERE users.id = ?", 1L);
        assertSql(USERS.delete().where(USERS.ID.eq(1L)).returning(USERS.EMAIL), PG,
                "DELETE FROM users WHERE users.id = ? RETURNING users.email", 1L);
        assertSql(USERS.delete().whereAll(), PG, "DELETE FROM users");
    }

    @Test
    void updateOrDeleteWithoutWhereIsUnsafe() {
        assertThrows(UnsafeStatementException.class, () -> USERS.update().set(USERS.NAME, "x").toSql(PG));
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().toSql(PG));
    }

    @Test
    void forUpdateAndSkipLocked() {
        assertSql(select(USERS.NAME).from(USERS).where(USERS.ID.eq(1L)).forUpdate(), PG,
                "SELECT users.name FROM users WHERE users.id = ? FOR UPDATE", 1L);
        assertSql(select(USERS.NAME).from(USERS).limit(5).forUpdate().skipLocked(), PG,
                "SELECT users.name FROM users LIMIT ? FOR UPDATE SKIP LOCKED", 5L);
    }

    // ---- functions ------------------------------------------------------------------------------------

    @Test
    void stringFunctions() {
        assertSql(select(concat(USERS.NAME, val(" <"), USERS.EMAIL, val(">")), substring(USERS.NAME, 2, 3),
                length(USERS.NAME), lower(USERS.NAME), coalesce(USERS.EMAIL, "none")).from(USERS), PG, """
                SELECT (users.name || ? || users.email || ?), SUBSTRING(users.name, ?, ?), LENGTH(users.name),
                LOWER(users.name), COALESCE(users.email, ?) FROM users""", " <", ">", 2, 3, "none");
        assertSql(select(concat(USERS.ID, USERS.ID)).from(USERS), PG, """
                SELECT (CAST(users.id AS TEXT) || CAST(users.id AS TEXT)) FROM users""");
    }

    @Test
    void datePartsAreIntegersAndTimestamptzIsReadInUtc() {
        assertSql(select(year(ALL_TYPES.DAY), month(ALL_TYPES.TS), day(ALL_TYPES.TSTZ), year(USERS.CREATED))
                .from(ALL_TYPES).crossJoin(USERS), PG, """
                SELECT CAST(EXTRACT(YEAR FROM all_types.day) AS INTEGER),
                CAST(EXTRACT(MONTH FROM all_types.ts) AS INTEGER),
                CAST(EXTRACT(DAY FROM all_types.tstz AT TIME ZONE 'UTC') AS INTEGER),
                CAST(EXTRACT(YEAR FROM users.created_at AT TIME ZONE 'UTC') AS INTEGER)
                FROM all_types CROSS JOIN users""");
    }

    @Test
    void roundOfAFloatGoesThroughNumeric() {
        assertSql(select(round(ALL_TYPES.DBL, 2), round(ALL_TYPES.DBL), round(ALL_TYPES.DEC, 1)).from(ALL_TYPES), PG,
                """
                SELECT ROUND(CAST(all_types.dbl AS NUMERIC), 2), ROUND(all_types.dbl), ROUND(all_types.dec, 1)
                FROM all_types""");
    }

    @Test
    void castTypeNames() {
        assertSql(select(cast(POSTS.LIKES, SqlType.BIGINT), cast(POSTS.LIKES, SqlType.varchar(10)),
                cast(POSTS.LIKES, SqlType.decimal(10, 2)), cast(POSTS.LIKES, SqlType.DOUBLE),
                cast(POSTS.TITLE, SqlType.JSON), cast(POSTS.TITLE, SqlType.TIMESTAMPTZ), cast(POSTS.TITLE, SqlType.UUID),
                cast(POSTS.TITLE, SqlType.BLOB)).from(POSTS), PG, """
                SELECT CAST(posts.likes AS BIGINT), CAST(posts.likes AS VARCHAR(10)), CAST(posts.likes AS NUMERIC(10, 2)),
                CAST(posts.likes AS DOUBLE PRECISION), CAST(posts.title AS JSONB), CAST(posts.title AS TIMESTAMPTZ),
                CAST(posts.title AS UUID), CAST(posts.title AS BYTEA) FROM posts""");
    }

    @Test
    void caseWhenExpression() {
        assertSql(select(caseWhen(POSTS.LIKES.gt(5), "many").when(POSTS.LIKES.gt(0), "some").otherwise("none"))
                .from(POSTS), PG, """
                SELECT CASE WHEN posts.likes > ? THEN ? WHEN posts.likes > ? THEN ? ELSE ? END FROM posts""",
                5, "many", 0, "some", "none");
    }

    @Test
    void rawSql() {
        assertSql(select(raw(SqlType.INTEGER, "? + ?", 40, 2)).from(USERS).where(rawCondition("users.id % ? = 0", 2)),
                PG, "SELECT ? + ? FROM users WHERE (users.id % ? = 0)", 40, 2, 2);
    }

    // ---- binds PostgreSQL cannot type by itself ---------------------------------------------------------

    @Test
    void bindsOfTimesUuidsAndJsonAreCast() {
        Instant now = Instant.parse("2024-01-02T03:04:05.123456Z");
        LocalDateTime ts = LocalDateTime.of(2024, 1, 2, 3, 4);
        UUID id = new UUID(1, 2);
        assertSql(select(ALL_TYPES.ID).from(ALL_TYPES).where(ALL_TYPES.INSTANT.lt(now).and(ALL_TYPES.TS.eq(ts))
                .and(ALL_TYPES.ID2.eq(id)).and(ALL_TYPES.DOC.eq("{}"))), PG, """
                SELECT all_types.id FROM all_types WHERE all_types.instant < CAST(? AS TIMESTAMPTZ)
                AND all_types.ts = CAST(? AS TIMESTAMP) AND all_types.uuid = CAST(? AS UUID)
                AND all_types.doc = CAST(? AS JSONB)""", now, ts, id, "{}");
        assertSql(ALL_TYPES.insert().set(ALL_TYPES.ID, 1L).set(ALL_TYPES.DOC, "[1]").set(ALL_TYPES.DBL, 1.5)
                .set(ALL_TYPES.TIME, (java.time.LocalTime) null), PG, """
                INSERT INTO all_types (id, doc, dbl, time_value) VALUES (?, CAST(? AS JSONB), ?, CAST(? AS TIME))""",
                1L, "[1]", 1.5, null);
    }

    @Test
    void optionalFilterParameterIsTyped() {
        Param<LocalDateTime> since = param("since", LocalDateTime.class);
        Param<String> name = param("name", String.class);
        assertSql(select(ALL_TYPES.ID).from(ALL_TYPES).where(since.isNull().or(ALL_TYPES.TS.ge(since)))
                .where(name.isNull().or(ALL_TYPES.VC.eq(name))).bind(since, null).bind(name, "x"), PG, """
                SELECT all_types.id FROM all_types
                WHERE (CAST(? AS TIMESTAMP) IS NULL OR all_types.ts >= CAST(? AS TIMESTAMP))
                AND (? IS NULL OR all_types.vc = ?)""", since, since, name, name);
    }

    // ---- names ----------------------------------------------------------------------------------------

    @Test
    void reservedAndMixedCaseNamesAreQuoted() {
        AllTypes t = ALL_TYPES.as("user");
        assertSql(select(ALL_TYPES.MIXED, ALL_TYPES.ORDER, ALL_TYPES.DAY, ALL_TYPES.TIME).from(ALL_TYPES)
                .orderBy(ALL_TYPES.ORDER.asc()), PG, """
                SELECT all_types."MixedCase", all_types."order", all_types.day, all_types.time_value FROM all_types
                ORDER BY all_types."order\"""");
        assertSql(select(t.ID).from(t).where(t.MIXED.eq("x")), PG,
                "SELECT \"user\".id FROM all_types \"user\" WHERE \"user\".\"MixedCase\" = ?", "x");
        assertSql(select(POSTS.LIKES.as("Total"), POSTS.TITLE.as("window"), POSTS.ID.as("value")).from(POSTS), PG,
                "SELECT posts.likes AS \"Total\", posts.title AS \"window\", posts.id AS value FROM posts");
    }

    @Test
    void namedParameters() {
        Param<String> email = param("email", String.class);
        var q = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(email));
        assertSql(q, PG, "SELECT users.name FROM users WHERE users.email = ?", email);
        assertEquals(q.toSql(PG).sql(), q.bind(email, "a@x.io").toSql(PG).sql());
    }

    // ---- DDL ------------------------------------------------------------------------------------------

    @Test
    void defaultNowFollowsTheColumnType() {
        assertEquals(List.of("CREATE TABLE clock (id INTEGER PRIMARY KEY, day DATE DEFAULT CURRENT_DATE, "
                + "at TIMESTAMP DEFAULT LOCALTIMESTAMP, "
                + "stamp TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP)"), Clock.METADATA.ddl(PG));
    }

    @Test
    void fullDdl() {
        assertEquals(List.of(
                "CREATE TABLE users (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                        + "email VARCHAR(255) UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE posts (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id BIGINT NOT NULL, "
                        + "title TEXT NOT NULL, likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id "
                        + "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)",
                "CREATE TABLE employees (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "name VARCHAR(100) NOT NULL, salary NUMERIC(10, 2), manager_id BIGINT, "
                        + "CONSTRAINT fk_employees_manager_id FOREIGN KEY (manager_id) REFERENCES employees (id), "
                        + "CONSTRAINT ck_salary_positive CHECK (salary > 0))",
                "CREATE INDEX ix_employees_name ON employees (name)",
                "CREATE TABLE tags (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "label VARCHAR(30) NOT NULL UNIQUE)",
                "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, "
                        + "PRIMARY KEY (post_id, tag_id), "
                        + "CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) REFERENCES posts (id), "
                        + "CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "CREATE TABLE all_types (id BIGINT PRIMARY KEY, small SMALLINT, int_value INTEGER, big BIGINT, "
                        + "real_value REAL, dbl DOUBLE PRECISION, dec NUMERIC(20, 6), flag BOOLEAN, vc VARCHAR(100), "
                        + "ch CHAR(3), txt TEXT, day DATE, time_value TIME, ts TIMESTAMP, tstz TIMESTAMPTZ, "
                        + "instant TIMESTAMPTZ, bytes BYTEA, uuid UUID, doc JSONB, mood VARCHAR(5), "
                        + "\"MixedCase\" VARCHAR(10), \"order\" VARCHAR(10))"),
                Db.METADATA.ddl(PG));
    }
}
