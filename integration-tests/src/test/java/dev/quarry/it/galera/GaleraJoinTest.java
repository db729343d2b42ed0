package dev.quarry.it.galera;

import dev.quarry.Database;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.JoinSuite;

class GaleraJoinTest extends JoinSuite {
    @Override
    protected Database db() {
        return ClusterServers.galera(1);
    }
}
