#!/usr/bin/env bash
# Runs every test Quarry has, on real servers:
#   1. makes sure PostgreSQL and MariaDB are up on loopback (scripts/test-databases.sh: installs and starts
#      them on Debian/Ubuntu when they are not);
#   2. mvn -B verify: unit and golden-SQL tests, the compliance suite on SQLite, MariaDB and PostgreSQL, codegen,
#      the Maven plugin's integration tests, Spring Boot, the benchmarks' equivalence checks; then the benchmarks'
#      performance guard (about 30 s): it fails when a Quarry fetch got 1.3x slower relative to raw JDBC than its
#      recorded ratio (least thread CPU time of interleaved rounds, so other load disturbs it little);
#   3. the load test (Maven profile load): 8 threads x 2,000 concurrent transfers with retries on each database;
#   4. the cluster tests (Maven profile cluster) on a 3-node MariaDB Galera cluster and a PostgreSQL primary with
#      a streaming replica, started on loopback by scripts/galera.sh and scripts/pg-replica.sh and removed after.
# Set QUARRY_SKIP_CLUSTER=1 to leave out step 4, QUARRY_GUARD=0 to leave out the guard.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/test-databases.sh
mvn -B verify
if [ "${QUARRY_GUARD:-1}" = 1 ]; then
  java -cp benchmarks/target/benchmarks.jar dev.quarry.bench.Guard
fi
mvn -B -Pload -pl integration-tests -am verify

if [ "${QUARRY_SKIP_CLUSTER:-0}" = 1 ]; then
  exit 0
fi
trap 'bash scripts/galera.sh stop; bash scripts/pg-replica.sh stop' EXIT
bash scripts/galera.sh start
bash scripts/pg-replica.sh start
mvn -B -Pcluster -pl integration-tests -am verify
