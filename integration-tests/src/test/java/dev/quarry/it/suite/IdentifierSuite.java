package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.OddName.ODD;
import static dev.quarry.it.suite.model.Order.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.it.suite.model.IdentifierModel;
import dev.quarry.it.suite.model.OddName;
import dev.quarry.it.suite.model.Order;
import org.junit.jupiter.api.Test;

/**
 * Names that must be quoted: a table {@code order} whose columns are {@code select}, {@code from}, mixed case
 * and names holding {@code "}, a backtick and {@code '}, and a table whose own name holds all of them, are
 * created, written, queried, joined, aliased and dropped.
 */
public abstract class IdentifierSuite {

    /** The database under test. */
    protected abstract Database db();

    record Picked(long id, String select, String from, String mixedCase) {
    }

    @Test
    void quotedNamesAreCreatedQueriedAndDropped() {
        Database db = db();
        IdentifierModel.METADATA.dropAll(db);
        IdentifierModel.METADATA.createAll(db);
        ORDER.insert().set(ORDER.ID, 1L).set(ORDER.SELECT, "s").set(ORDER.FROM, "f").set(ORDER.MIXED_CASE, "M")
                .set(ORDER.DOUBLE_QUOTE, "\"").set(ORDER.BACKTICK, "`").set(ORDER.SINGLE_QUOTE, "'").execute(db);
        ODD.insert().set(ODD.ID, 10L).set(ODD.ORDER_ID, 1L).set(ODD.GROUP, "g").execute(db);

        var got = select(ORDER.SELECT, ORDER.FROM, ORDER.MIXED_CASE, ORDER.DOUBLE_QUOTE, ORDER.BACKTICK,
                ORDER.SINGLE_QUOTE).from(ORDER).where(ORDER.SELECT.eq("s").and(ORDER.BACKTICK.eq("`")))
                .orderBy(ORDER.FROM.desc()).fetchSingle(db);
        assertEquals("s", got.v1());
        assertEquals("f", got.v2());
        assertEquals("M", got.v3());
        assertEquals("\"", got.v4());
        assertEquals("`", got.v5());
        assertEquals("'", got.v6());

        Order o = ORDER.as("Select");
        OddName n = ODD.as("we\"ird`");
        assertEquals("g", select(n.GROUP).from(n).join(o).on(n.ORDER_ID.eq(o.ID))
                .where(o.DOUBLE_QUOTE.eq("\"")).groupBy(n.GROUP).fetchSingle(db).v1());
        assertEquals(1, ORDER.update().set(ORDER.MIXED_CASE, "m2").where(ORDER.SINGLE_QUOTE.eq("'")).execute(db));
        Picked picked = select(ORDER.ID, ORDER.SELECT, ORDER.FROM, ORDER.MIXED_CASE).from(ORDER)
                .fetchInto(db, Picked.class).get(0);
        assertEquals(new Picked(1, "s", "f", "m2"), picked);
        assertEquals(1, ODD.delete().where(ODD.GROUP.eq("g")).execute(db));
        assertEquals(0L, select(count()).from(ODD).fetchSingle(db).v1());

        IdentifierModel.METADATA.dropAll(db);
        assertThrows(QueryExecutionException.class, () -> select(count()).from(ORDER).fetch(db));
        assertThrows(QueryExecutionException.class, () -> select(count()).from(ODD).fetch(db));
    }
}
