package dev.quarry.it.suite;

import static dev.quarry.Sql.coalesce;
import static dev.quarry.Sql.concat;
import static dev.quarry.Sql.inline;
import static dev.quarry.Sql.param;
import static dev.quarry.Sql.raw;
import static dev.quarry.Sql.rawCondition;
import static dev.quarry.Sql.row;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.substring;
import static dev.quarry.Sql.val;
import static dev.quarry.it.suite.model.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quarry.Column;
import dev.quarry.Condition;
import dev.quarry.Database;
import dev.quarry.Field;
import dev.quarry.MappingException;
import dev.quarry.Param;
import dev.quarry.QuarryException;
import dev.quarry.QueryExecutionException;
import dev.quarry.Row;
import dev.quarry.Row2;
import dev.quarry.SchemaException;
import dev.quarry.SqlType;
import dev.quarry.UnsafeStatementException;
import dev.quarry.dialect.Dialect;
import dev.quarry.it.suite.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad-input catalog: each public entry point given null, empty or out-of-range arguments answers with a
 * clear exception that names the argument, never a NullPointerException, a ClassCastException, an index
 * error or the database's own syntax error. One test per case.
 */
public abstract class BadInputSuite extends SuiteBase {

    /**
     * Asserts that {@code call} is refused by Quarry, not by the JVM or the database, with a message holding
     * each of {@code words} (case ignored).
     */
    static Throwable rejects(Executable call, String... words) {
        Throwable t = assertThrows(Throwable.class, call);
        if (t instanceof NullPointerException || t instanceof ClassCastException
                || t instanceof IndexOutOfBoundsException || t instanceof QueryExecutionException) {
            fail("refused by the JVM or the database, not by Quarry: " + t, t);
        }
        assertTrue(t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof QuarryException, () -> "unexpected " + t);
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            assertTrue(message.contains(w.toLowerCase(Locale.ROOT)), () -> "'" + w + "' not in: " + t.getMessage());
        }
        return t;
    }

    record Named(long id, String name) {
    }

    record Missing(long id, String nickname) {
    }

    static final class NoDefaultConstructor {
        NoDefaultConstructor(int unused) {
        }
    }

    // ---- running queries ---------------------------------------------------------------------------

    @Test
    void fetchOnANullDatabase() {
        rejects(() -> select(USERS.ID).from(USERS).fetch(null), "db");
    }

    @Test
    void executeOnANullDatabase() {
        rejects(() -> USERS.delete().whereAll().execute(null), "db");
    }

    @Test
    void toSqlForANullDialect() {
        rejects(() -> select(USERS.ID).from(USERS).toSql((Dialect) null), "dialect");
    }

    @Test
    void negativeLimit() {
        rejects(() -> select(USERS.ID).from(USERS).limit(-1), "limit", "-1");
    }

    @Test
    void negativeOffset() {
        rejects(() -> select(USERS.ID).from(USERS).offset(-5), "offset", "-5");
    }

    @Test
    void nullLimitField() {
        rejects(() -> select(USERS.ID).from(USERS).limit((Field<Long>) null), "n");
    }

    @Test
    void aParamNeverBound() {
        Param<String> email = param("email", String.class);
        rejects(() -> select(USERS.ID).from(USERS).where(USERS.EMAIL.eq(email)).fetch(db()), "email", "bind");
    }

    @Test
    void aParamWithNoName() {
        rejects(() -> param(null, String.class), "name");
    }

    // ---- conditions and expressions ----------------------------------------------------------------

    @Test
    void whereNull() {
        rejects(() -> select(USERS.ID).from(USERS).where(null), "condition");
    }

    @Test
    void eqANullField() {
        rejects(() -> USERS.NAME.eq((Field<String>) null), "other");
    }

    @Test
    void ltNull() {
        rejects(() -> USERS.AGE.lt((Integer) null), "lt(null)", "isnull");
    }

    @Test
    void betweenNull() {
        rejects(() -> USERS.AGE.between(null, 3), "between");
    }

    @Test
    void likeNull() {
        rejects(() -> USERS.NAME.like(null), "pattern");
    }

    @Test
    void anEmptyInListIsFalseAndAnEmptyNotInListIsTrue() {
        insertUser("Ann", null, 1);
        assertEquals(0, select(USERS.ID).from(USERS).where(USERS.NAME.in(List.of())).fetch(db()).size());
        assertEquals(1, select(USERS.ID).from(USERS).where(USERS.NAME.notIn(List.of())).fetch(db()).size());
    }

    @Test
    void aNullInList() {
        rejects(() -> USERS.NAME.in(Arrays.asList("a", null)), "in list", "null");
    }

    @Test
    void aNullCollection() {
        rejects(() -> USERS.NAME.in((Collection<String>) null), "values");
    }

    @Test
    void aNullArgumentOfAFunction() {
        rejects(() -> coalesce((Field<String>) null, "x"), "first argument of coalesce");
    }

    @Test
    void concatOfNothing() {
        rejects(() -> concat(), "concat");
    }

    @Test
    void substringOutOfRange() {
        rejects(() -> substring(USERS.NAME, 0, 2), "from", "0");
        rejects(() -> substring(USERS.NAME, 1, -1), "length", "-1");
    }

    @Test
    void aBlankAlias() {
        rejects(() -> USERS.NAME.as(null), "alias");
        rejects(() -> USERS.as(""), "alias");
    }

    @Test
    void valAndInlineOfNull() {
        rejects(() -> val(null), "value");
        rejects(() -> inline(null), "value");
    }

    @Test
    void aNumberWithNoLiteral() {
        rejects(() -> select(inline(Double.NaN)).toSql(db().dialect()), "NaN", "val(");
    }

    @Test
    void rawWithMorePlaceholdersThanArguments() {
        rejects(() -> select(raw(SqlType.INTEGER, "? + ?", 1)).toSql(db().dialect()), "more '?' than arguments");
    }

    @Test
    void rawWithFewerPlaceholdersThanArguments() {
        rejects(() -> select(USERS.ID).from(USERS).where(rawCondition("name = ?", "a", "b")).toSql(db().dialect()),
                "argument");
    }

    @Test
    void rawWithNullSql() {
        rejects(() -> raw(SqlType.INTEGER, null), "sql");
    }

    @Test
    void selectANullField() {
        rejects(() -> select((Field<?>) null), "null");
    }

    @Test
    void orderByNull() {
        rejects(() -> select(USERS.ID).from(USERS).orderBy((Field<?>) null), "null");
    }

    @Test
    void groupByNull() {
        rejects(() -> select(USERS.ID).from(USERS).groupBy((Field<?>) null), "null");
    }

    // ---- rows and mapping --------------------------------------------------------------------------

    private Row2<Long, String> oneRow() {
        insertUser("Ann", null, 1);
        return select(USERS.ID, USERS.NAME).from(USERS).fetchSingle(db());
    }

    @Test
    void aRowReadWithAColumnNotInItsSelect() {
        Row2<Long, String> r = oneRow();
        rejects(() -> r.get(USERS.EMAIL), "email");
    }

    @Test
    void aRowReadWithALabelNotInItsSelect() {
        Row2<Long, String> r = oneRow();
        rejects(() -> r.get("nickname"), "nickname");
    }

    @Test
    void aRowReadOutOfRange() {
        Row2<Long, String> r = oneRow();
        // an index past the end is Java's IndexOutOfBoundsException, as for a List, with the row's size
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> r.get(2)).getMessage().contains("index 2"));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> r.get(-1)).getMessage().contains("-1"));
    }

    @Test
    void aRecordWithAComponentNoColumnFills() {
        insertUser("Ann", null, 1);
        rejects(() -> select(USERS.ID, USERS.NAME).from(USERS).fetchInto(db(), Missing.class), "nickname");
    }

    @Test
    void aClassWithNoUsableConstructor() {
        insertUser("Ann", null, 1);
        rejects(() -> select(USERS.ID).from(USERS).fetchInto(db(), NoDefaultConstructor.class),
                "NoDefaultConstructor");
    }

    @Test
    void fetchIntoANullType() {
        rejects(() -> select(USERS.ID, USERS.NAME).from(USERS).fetchInto(db(), null), "type");
    }

    @Test
    void mapWithANullMapper() {
        rejects(() -> select(USERS.ID, USERS.NAME).from(USERS).map(db(), null), "mapper");
    }

    @Test
    void fetchIntoARecordWorksForComparison() {
        insertUser("Ann", null, 1);
        assertEquals("Ann", select(USERS.ID, USERS.NAME).from(USERS).fetchInto(db(), Named.class).get(0).name());
    }

    // ---- writing -------------------------------------------------------------------------------------

    @Test
    void anInsertWithNoValues() {
        rejects(() -> USERS.insert(USERS.NAME).execute(db()), "values");
    }

    /**
     * {@code INSERT .. DEFAULT VALUES} is valid SQL (a table whose columns all have defaults takes it); here the
     * database refuses it for the NOT NULL column {@code name}, never as a syntax error (class 42).
     */
    @Test
    void anInsertWithNothingSetIsRefusedForTheNotNullColumnNotAsASyntaxError() {
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> USERS.insert().execute(db()));
        assertFalse(e.sqlState().startsWith("42"), e::getMessage);
        assertTrue(e.getMessage().contains("name"), e::getMessage);
    }

    @Test
    void setANullColumn() {
        rejects(() -> USERS.insert().set((Column<String>) null, "x"), "column");
    }

    @Test
    void nullIntoANotNullColumn() {
        rejects(() -> USERS.insert().set(USERS.NAME, (String) null), "name", "not null");
    }

    @Test
    void aRowWithTheWrongNumberOfValues() {
        rejects(() -> USERS.insert(new Column<?>[] {USERS.NAME, USERS.EMAIL}).values("x"), "1 values", "2 columns");
    }

    @Test
    void anUpdateWithoutWhere() {
        rejects(() -> USERS.update().set(USERS.NAME, "x").execute(db()), "where");
    }

    @Test
    void anUpdateWithNothingSet() {
        rejects(() -> USERS.update().where(USERS.ID.eq(1L)).execute(db()), "set");
    }

    @Test
    void aDeleteWithoutWhere() {
        assertThrows(UnsafeStatementException.class, () -> USERS.delete().execute(db()));
    }

    @Test
    void aBatchOfNothing() {
        rejects(() -> db().batch(null, List.of()), "insert");
        rejects(() -> db().batch(USERS.insert(USERS.NAME, USERS.EMAIL), null), "rows");
    }

    @Test
    void aBatchWithANullRow() {
        List<Row2<String, String>> rows = new ArrayList<>();
        rows.add(row("a", "a@x"));
        rows.add(null);
        rejects(() -> db().batch(USERS.insert(USERS.NAME, USERS.EMAIL), rows).execute(), "batch row 1 is null");
    }

    // ---- the database handle and the schema ---------------------------------------------------------

    @Test
    void openANullUrl() {
        rejects(() -> Database.open(null), "jdbcUrl");
    }

    @Test
    void openSomethingThatIsNotAJdbcUrl() {
        rejects(() -> Database.open("postgres://localhost/db"), "not a JDBC URL");
    }

    @Test
    void openAUrlNoDriverKnows() {
        rejects(() -> Database.open("jdbc:nosuchdb://localhost/db"), "no JDBC driver", "jdbc:nosuchdb");
    }

    @Test
    void ofANullDataSource() {
        rejects(() -> Database.of((DataSource) null), "dataSource");
    }

    @Test
    void aNullTransactionBody() {
        rejects(() -> db().transaction(null), "body");
        rejects(() -> db().transactionResult(null), "body");
    }

    @Test
    void createAllOnANullDatabase() {
        rejects(() -> Model.METADATA.createAll(null), "db");
    }

    @Test
    void typesOutOfRange() {
        assertTrue(rejects(() -> SqlType.varchar(0), "varchar", "0") instanceof SchemaException);
        assertTrue(rejects(() -> SqlType.decimal(2, 5), "decimal(2, 5)") instanceof SchemaException);
    }

    @Test
    void noCheckFailsForAGoodCondition() {
        Condition c = USERS.NAME.eq("x");
        assertFalse(select(USERS.ID).from(USERS).where(c).toSql(db().dialect()).sql().isEmpty());
    }

    @Test
    void bindANullParam() {
        rejects(() -> select(USERS.ID).from(USERS).bind((Param<String>) null, "x"), "param");
    }
}
