package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Transactions: commit, rollback on any throwable (rethrown unchanged), nesting with savepoints. */
public abstract class TransactionSuite extends SuiteBase {

    private long tags() {
        return select(count()).from(TAGS).fetchSingle(db()).v1();
    }

    private void tag(dev.quarry.Database db, String label) {
        TAGS.insert().set(TAGS.LABEL, label).execute(db);
    }

    @Test
    void commitOnReturn() {
        db().transaction(tx -> {
            tag(tx, "a");
            tag(tx, "b");
            assertTrue(tx.inTransaction());
        });
        assertEquals(2L, tags());
        String r = db().transactionResult(tx -> {
            tag(tx, "c");
            return "done";
        });
        assertEquals("done", r);
        assertEquals(3L, tags());
    }

    @Test
    void rollbackOnRuntimeExceptionWhichIsRethrownUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db().transaction(tx -> {
            tag(tx, "a");
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(0L, tags());
    }

    @Test
    void rollbackOnCheckedExceptionWhichIsRethrownAsItIs() {
        IOException io = new IOException("disk");
        IOException thrown = assertThrows(IOException.class, () -> db().transaction(tx -> {
            tag(tx, "a");
            throw io;
        }));
        assertSame(io, thrown);
        assertEquals(0L, tags());
    }

    @Test
    void nestedTransactionsUseSavepoints() {
        db().transaction(tx -> {
            tag(tx, "outer");
            assertThrows(IllegalArgumentException.class, () -> tx.transaction(inner -> {
                tag(inner, "inner");
                throw new IllegalArgumentException("undo the inner part only");
            }));
            tx.transaction(inner -> tag(inner, "kept"));
        });
        assertEquals(2L, tags());
        assertEquals(1L, select(count()).from(TAGS).where(TAGS.LABEL.eq("kept")).fetchSingle(db()).v1());
    }

    @Test
    void aFailedStatementRollsBackTheWholeTransaction() {
        assertThrows(dev.quarry.QueryExecutionException.class, () -> db().transaction(tx -> {
            tag(tx, "a");
            tag(tx, "a");
        }));
        assertEquals(0L, tags());
    }
}
