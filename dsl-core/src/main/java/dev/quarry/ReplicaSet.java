package dev.quarry;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers behind a {@link Database#routing} handle: the primary and the replicas that reads go to in
 * round robin. Immutable apart from the round-robin counter, which is atomic; thread-safe.
 */
final class ReplicaSet {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Database primary;
    private final List<Database> replicas;
    private final AtomicInteger next = new AtomicInteger();

    ReplicaSet(Database primary, List<Database> replicas) {
        this.primary = primary;
        this.replicas = List.copyOf(replicas);
    }

    Database primary() {
        return primary;
    }

    int size() {
        return replicas.size();
    }

    /**
     * A connection of the next replica that gives one; a replica that fails to connect is skipped for this
     * read (and tried again on a later one). When none connects, the primary's.
     */
    Connection readConnection() {
        int n = replicas.size();
        if (n == 0) {
            return primary.acquireConnection();
        }
        int start = Math.floorMod(next.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            int index = (start + i) % n;
            try {
                return replicas.get(index).acquireConnection();
            } catch (QueryExecutionException e) {
                LOG.warn("replica {} cannot be reached, skipping it for this read: {}", index, e.getMessage());
            }
        }
        LOG.warn("no replica can be reached; reading from the primary");
        return primary.acquireConnection();
    }

    /** Closes the primary and every replica, each as its own {@link Database#close()} does. */
    void close() {
        RuntimeException failure = null;
        for (Database db : concat()) {
            try {
                db.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private List<Database> concat() {
        var all = new java.util.ArrayList<Database>(replicas.size() + 1);
        all.add(primary);
        all.addAll(replicas);
        return all;
    }
}
