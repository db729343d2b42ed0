package dev.quarry.it.suite;

import dev.quarry.Database;
import dev.quarry.it.suite.model.ReliabilityModel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reliability suites' tables, made once per database and run; rows are told apart by fresh ids, so no
 * suite needs to empty them.
 */
final class ReliabilitySchema {
    private static final Set<Database> READY = ConcurrentHashMap.newKeySet();
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000_000);

    private ReliabilitySchema() {
    }

    /** Creates the tables on {@code db} the first time it is asked, dropping any left by an earlier run. */
    static synchronized Database ready(Database db) {
        if (READY.add(db)) {
            ReliabilityModel.METADATA.dropAll(db);
            ReliabilityModel.METADATA.createAll(db);
        }
        return db;
    }

    /** A key no other row of this run has. */
    static long nextId() {
        return IDS.incrementAndGet();
    }
}
