package dev.quarry.it.galera;

import dev.quarry.Database;
import dev.quarry.it.suite.ClusterServers;
import dev.quarry.it.suite.TypeRoundTripSuite;

class GaleraTypeRoundTripTest extends TypeRoundTripSuite {
    @Override
    protected Database db() {
        return ClusterServers.galera(1);
    }
}
