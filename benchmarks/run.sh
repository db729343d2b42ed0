#!/usr/bin/env bash
# Builds the benchmarks, proves that raw, Quarry and jOOQ agree, runs the JMH suites and prints one table
# (benchmark, library, score ± error, ratio to raw, bytes/op) followed by the performance goals.
#
#   benchmarks/run.sh                 # every suite, 1 fork (about 25 minutes on 2 cores)
#   benchmarks/run.sh quick           # short iterations while developing (noisy)
#   benchmarks/run.sh release         # 3 forks: the numbers to publish
#   benchmarks/run.sh full Render     # any JMH arguments after the mode: a suite regex, -p rows=10000 ...
#
# The table is also written to benchmarks/target/report.md. PostgreSQL and MariaDB join the server suites
# (fetch, insert, stream, render-plus-execute, bulk load) when they answer: by default the database `test` at
# 127.0.0.1:5432 (postgres) and 127.0.0.1:3306 (root); QUARRY_BENCH_POSTGRES_URL / _USER / _PASSWORD and
# QUARRY_BENCH_MYSQL_URL / _USER / _PASSWORD (or the integration tests' QUARRY_TEST_* variables) name others.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-full}"
[ $# -gt 0 ] && shift
case "$mode" in
  quick)   jmh=(-wi 2 -i 3 -f 1 -w 1s -r 1s) ;;
  full)    jmh=(-wi 3 -i 5 -f 1 -w 1s -r 1s) ;;
  release) jmh=(-wi 4 -i 5 -f 3 -w 2s -r 1s) ;;   # 3 x 1 s of warm-up left the first measured iterations 2-3x slow
  *) echo "usage: $0 [quick|full|release] [JMH arguments]" >&2; exit 2 ;;
esac

mvn -q -B -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar

java -cp "$jar" dev.quarry.bench.Equivalence
dbs="$(java -cp "$jar" dev.quarry.bench.Databases)"
echo "databases: $dbs"

java -Dreport.out=benchmarks/target/report.md -cp "$jar" dev.quarry.bench.Report \
  "${jmh[@]}" -p db="$dbs" "$@"
echo "report written to benchmarks/target/report.md"
