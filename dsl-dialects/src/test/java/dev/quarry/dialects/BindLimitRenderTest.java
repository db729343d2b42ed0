package dev.quarry.dialects;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.dialects.Golden.SAME;
import static dev.quarry.dialects.Golden.VALUES_ELSEWHERE;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static dev.quarry.dialects.fixtures.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Val;
import dev.quarry.render.RenderedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How statements with more values than a database binds at once are written: IN lists and split INSERTs. */
class BindLimitRenderTest {
    private static List<Long> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> (long) i).toList();
    }

    /** {@code prefix (?, ?, ...)} with {@code n} placeholders: the SQL of a plain IN list. */
    private static String plainList(String prefix, int n) {
        return prefix + " (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    @Test
    void shortInListsStayPlain() {
        String expected = "SELECT COUNT(*) FROM posts WHERE posts.id IN (?, ?, ?)";
        golden(select(count()).from(POSTS).where(POSTS.ID.in(ids(3))))
                .sqlite(expected, 0L, 1L, 2L)
                .mysql(expected, 0L, 1L, 2L)
                .postgres(expected, 0L, 1L, 2L)
                .check();
    }

    @Test
    void longInListsBindOneValue() {
        List<Long> values = ids(40_000);
        var in = select(count()).from(POSTS).where(POSTS.ID.in(values));
        var notIn = select(count()).from(POSTS).where(POSTS.ID.notIn(values));
        golden(in)
                .sqlite("SELECT COUNT(*) FROM posts WHERE posts.id IN (SELECT value FROM json_each(?))",
                        VALUES_ELSEWHERE)
                .mysql(plainList("SELECT COUNT(*) FROM posts WHERE posts.id IN", 40_000), VALUES_ELSEWHERE)
                .postgres("SELECT COUNT(*) FROM posts WHERE posts.id = ANY(CAST(? AS BIGINT[]))", VALUES_ELSEWHERE)
                .check();
        golden(notIn)
                .sqlite("SELECT COUNT(*) FROM posts WHERE posts.id NOT IN (SELECT value FROM json_each(?))",
                        VALUES_ELSEWHERE)
                .mysql(plainList("SELECT COUNT(*) FROM posts WHERE posts.id NOT IN", 40_000), VALUES_ELSEWHERE)
                .postgres("SELECT COUNT(*) FROM posts WHERE posts.id <> ALL(CAST(? AS BIGINT[]))", VALUES_ELSEWHERE)
                .check();
        RenderedQuery sqlite = in.toSql(Dialects.SQLITE);
        assertEquals(1, sqlite.params().size());
        assertEquals(values.toString().replace(" ", ""), sqlite.params().get(0));
        Object array = in.toSql(Dialects.POSTGRES).params().get(0);
        assertArrayEquals(values.toArray(new Long[0]), (Long[]) array);
        RenderedQuery mysql = in.toSql(Dialects.MYSQL);
        assertEquals(40_000, mysql.params().size(), "Connector/J fills placeholders in on the client: no server limit");
        assertEquals(40_000, mysql.sql().chars().filter(c -> c == '?').count());
    }

    @Test
    void longTextInListsAreJsonEscapedOnSqlite() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            names.add(i == 0 ? "q\"b\\s\n" : "n" + i);
        }
        var q = select(count()).from(USERS).where(USERS.NAME.in(names));
        golden(q).sqlite("SELECT COUNT(*) FROM users WHERE users.name IN (SELECT value FROM json_each(?))",
                        VALUES_ELSEWHERE)
                .mysql(plainList("SELECT COUNT(*) FROM users WHERE users.name IN", 20_000), VALUES_ELSEWHERE)
                .postgres(SAME) // 20,000 is under half PostgreSQL's limit: a plain list
                .check();
        String json = (String) q.toSql(Dialects.SQLITE).params().get(0);
        assertEquals("[\"q\\\"b\\\\s\\u000a\",\"n1\"", json.substring(0, json.indexOf(",\"n2\"")));
        assertEquals(20_000, q.toSql(Dialects.POSTGRES).params().size());
    }

    @Test
    void olderSqliteHasA999Limit() {
        Dialect old = OldVersions.sqlite(31);
        assertEquals(999, old.maxBindParameters());
        assertEquals(32_766, Dialects.SQLITE.maxBindParameters());
        assertEquals(65_535, Dialects.POSTGRES.maxBindParameters());
        assertEquals(65_535, Dialects.MYSQL.maxBindParameters());
        golden(select(count()).from(POSTS).where(POSTS.ID.in(ids(600))))
                .on(old, "SELECT COUNT(*) FROM posts WHERE posts.id IN (SELECT value FROM json_each(?))",
                        ids(600).toString().replace(" ", ""))
                .checkVersions();
    }

    @Test
    void multiRowInsertsSplitUnderTheLimit() {
        List<List<Field<?>>> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(List.of(new Val<>(1L, SqlType.BIGINT), new Val<>("t" + i, SqlType.TEXT)));
        }
        InsertModel model = new InsertModel(POSTS, List.of(POSTS.USER_ID, POSTS.TITLE), rows, null, List.of(), null);
        List<InsertModel> sqlite = model.split(Dialects.SQLITE.maxBindParameters());
        assertEquals(List.of(16_383, 16_383, 16_383, 851), sqlite.stream().map(m -> m.rows().size()).toList());
        assertEquals(List.of(32_767, 17_233), model.split(Dialects.POSTGRES.maxBindParameters()).stream()
                .map(m -> m.rows().size()).toList());
        assertEquals(List.of(model), model.split(100_000), "a statement that fits stays whole");
        assertEquals(new Val<>("t16383", SqlType.TEXT), sqlite.get(1).rows().get(0).get(1), "rows stay in order");
    }

    @Test
    void multiRowInsertsStayUnderMySqlsPacketSize() {
        String mebibyte = "x".repeat(1 << 20);
        List<List<Field<?>>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of(new Val<>(1L, SqlType.BIGINT), new Val<>(mebibyte, SqlType.TEXT)));
        }
        InsertModel model = new InsertModel(POSTS, List.of(POSTS.USER_ID, POSTS.TITLE), rows, null, List.of(), null);
        assertEquals(16L << 20, Dialects.MYSQL.maxStatementBytes());
        assertEquals(Long.MAX_VALUE, Dialects.POSTGRES.maxStatementBytes());
        List<InsertModel> parts = model.split(Dialects.MYSQL.maxBindParameters(), Dialects.MYSQL.maxStatementBytes());
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 5), parts.stream().map(m -> m.rows().size()).toList(),
                "3 MiB counted per 1 MiB text (UTF-8 and escapes), 16 MiB a statement");
        assertEquals(List.of(model), model.split(Dialects.POSTGRES.maxBindParameters(),
                Dialects.POSTGRES.maxStatementBytes()));
    }
}
