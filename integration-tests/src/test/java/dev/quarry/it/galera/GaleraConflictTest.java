package dev.quarry.it.galera;

import dev.quarry.Database;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.ConflictSuite;

class GaleraConflictTest extends ConflictSuite {
    @Override
    protected Database db() {
        return ClusterServers.galera(1);
    }
}
