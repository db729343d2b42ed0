package dev.quarry.it.galera;

import dev.quarry.Database;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.RoutingSuite;

class GaleraRoutingTest extends RoutingSuite {
    @Override
    protected Database db() {
        return ClusterServers.galera(1);
    }
}
