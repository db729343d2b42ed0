package dev.quarry.it.suite;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Database;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read routing, checked by counting connections: the "primary" and the two "replicas" are counting handles
 * over the same database, so every dialect can show where each statement went. Real replication is tested
 * with a PostgreSQL streaming replica in the cluster profile.
 */
public abstract class RoutingSuite extends SuiteBase {
    private SwitchableDataSource primarySource;
    private SwitchableDataSource replicaA;
    private SwitchableDataSource replicaB;
    private Database primary;
    private Database routed;

    @BeforeEach
    void route() {
        primarySource = new SwitchableDataSource(db());
        replicaA = new SwitchableDataSource(db());
        replicaB = new SwitchableDataSource(db());
        primary = Database.of(primarySource, db().dialect());
        routed = Database.routing(primary, Database.of(replicaA, db().dialect()),
                Database.of(replicaB, db().dialect()));
        TAGS.insert(TAGS.LABEL).values("java").values("sql").execute(db());
    }

    private void assertConnections(int toPrimary, int toA, int toB) {
        assertEquals(List.of(toPrimary, toA, toB),
                List.of(primarySource.connections(), replicaA.connections(), replicaB.connections()),
                "connections to primary, replica A, replica B");
    }

    private static dev.quarry.Select1<String> labels() {
        return select(TAGS.LABEL).from(TAGS).orderBy(TAGS.LABEL);
    }

    @Test
    void readsOutsideTransactionsGoToTheReplicasInTurn() {
        assertEquals(2, labels().fetch(routed).size());
        assertEquals(2L, select(count()).from(TAGS).fetchSingle(routed).v1());
        assertEquals("java", labels().limit(1).fetchOne(routed).v1());
        try (Stream<?> s = labels().fetchStream(routed)) {
            assertEquals(2, s.count());
        }
        assertConnections(0, 2, 2);
    }

    @Test
    void writesGoToThePrimary() {
        TAGS.insert().set(TAGS.LABEL, "kotlin").execute(routed);
        TAGS.update().set(TAGS.LABEL, "scala").where(TAGS.LABEL.eq("kotlin")).execute(routed);
        TAGS.delete().where(TAGS.LABEL.eq("scala")).execute(routed);
        TAGS.insert().set(TAGS.LABEL, "go").returning(TAGS.ID).fetchSingle(routed);
        assertConnections(4, 0, 0);
    }

    @Test
    void aTransactionNeverSplits() {
        long n = routed.transactionResult(tx -> {
            labels().fetch(tx);
            TAGS.insert().set(TAGS.LABEL, "rust").execute(tx);
            return select(count()).from(TAGS).fetchSingle(tx).v1();
        });
        assertEquals(3L, n);
        assertConnections(1, 0, 0);
    }

    @Test
    void primaryPinsAReadToThePrimary() {
        assertSame(primary, routed.primary());
        assertSame(db(), db().primary());
        db().transaction(tx -> assertSame(tx, tx.primary()));
        assertEquals(2, labels().fetch(routed.primary()).size());
        assertConnections(1, 0, 0);
    }

    @Test
    void aReplicaThatCannotConnectIsSkipped() {
        replicaA.down(true);
        for (int i = 0; i < 4; i++) {
            assertEquals(2, labels().fetch(routed).size());
        }
        assertConnections(0, 0, 4);
        replicaB.down(true);
        assertEquals(2, labels().fetch(routed).size());
        assertConnections(1, 0, 4);
        replicaA.down(false);
        replicaB.down(false);
        labels().fetch(routed);
        labels().fetch(routed);
        assertConnections(1, 1, 5);
    }

    @Test
    @Requires(Capability.FOR_UPDATE)
    void lockingReadsGoToThePrimary() {
        routed.transaction(tx -> labels().forUpdate().fetch(tx));
        assertEquals(2, labels().forUpdate().fetch(routed).size());
        assertConnections(2, 0, 0);
    }

    @Test
    @RequiresNot(Capability.FOR_UPDATE)
    void lockingReadsAreRefusedWhereTheDatabaseHasNoRowLocks() {
        assertThrows(UnsupportedFeatureException.class, () -> labels().forUpdate().fetch(routed));
    }
}
