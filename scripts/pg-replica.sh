#!/usr/bin/env bash
# A PostgreSQL primary and a streaming hot-standby replica on loopback, for the read-replica tests.
#
#   scripts/pg-replica.sh start            start the primary and the replica (creating them if needed)
#   scripts/pg-replica.sh stop             stop both and delete their data
#   scripts/pg-replica.sh status           one line per server
#   scripts/pg-replica.sh stop-replica     stop the replica only (to see reads skip it)
#   scripts/pg-replica.sh start-replica    start it again; it catches up from the primary
#
# Primary: 127.0.0.1:5433, replica: 127.0.0.1:5434; user postgres (trust), database quarry. The replica is
# made with pg_basebackup -R and streams the primary's WAL. Data and logs live under
# $QUARRY_CLUSTER_DIR/pg (default: .cluster/pg in the repository, ignored by git). The system's own
# PostgreSQL cluster (5432) is neither used nor touched. Installs PostgreSQL with apt-get when missing.
# Idempotent: start on running servers and stop on stopped ones do nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${QUARRY_CLUSTER_DIR:-$ROOT/.cluster}/pg"
PRIMARY_PORT=5433
REPLICA_PORT=5434
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

ensure_packages() {
  if [ -z "$(bindir)" ] || ! command -v psql >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "pg-replica: PostgreSQL is missing and there is no apt-get here; install it yourself" >&2
      exit 1
    fi
    echo "pg-replica: installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

owner() {
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$@"; fi
}

pgctl() { as_pg "$(bindir)/pg_ctl" "$@"; }

running() { [ -f "$BASE/$1/postmaster.pid" ] && pgctl -D "$BASE/$1" status >/dev/null 2>&1; }

q() {
  local port=$1
  shift
  psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "$@" 2>/dev/null
}

start_primary() {
  if running primary; then return 0; fi
  if [ ! -f "$BASE/primary/PG_VERSION" ]; then
    rm -rf "$BASE/primary"
    mkdir -p "$BASE/primary"
    chmod 700 "$BASE/primary"
    owner "$BASE"
    as_pg "$(bindir)/initdb" -D "$BASE/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$BASE/initdb.log" 2>&1
    cat >>"$BASE/primary/postgresql.conf" <<EOF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$BASE'
wal_level = replica
max_wal_senders = 4
hot_standby = on
shared_buffers = 16MB
max_connections = 60
EOF
    printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' \
      'host replication all 127.0.0.1/32 trust' >"$BASE/primary/pg_hba.conf"
  fi
  echo "pg-replica: starting the primary on 127.0.0.1:$PRIMARY_PORT"
  pgctl -D "$BASE/primary" -l "$BASE/primary.log" -w -t 60 start >/dev/null
  if [ "$(q $PRIMARY_PORT "select count(*) from pg_database where datname = 'quarry'")" != 1 ]; then
    q $PRIMARY_PORT "create database quarry" >/dev/null
  fi
}

start_replica() {
  if running replica; then return 0; fi
  if [ ! -f "$BASE/replica/standby.signal" ]; then
    rm -rf "$BASE/replica"
    mkdir -p "$BASE/replica"
    chmod 700 "$BASE/replica"
    owner "$BASE"
    echo "pg-replica: copying the primary with pg_basebackup"
    as_pg "$(bindir)/pg_basebackup" -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D "$BASE/replica" -R -X stream \
      -c fast
    echo "port = $REPLICA_PORT" >>"$BASE/replica/postgresql.auto.conf"
  fi
  echo "pg-replica: starting the replica on 127.0.0.1:$REPLICA_PORT"
  pgctl -D "$BASE/replica" -l "$BASE/replica.log" -w -t 60 start >/dev/null
  for _ in $(seq 120); do
    if [ "$(q $REPLICA_PORT 'select pg_is_in_recovery()')" = t ] \
      && [ "$(q $PRIMARY_PORT "select count(*) from pg_stat_replication where state = 'streaming'")" -ge 1 ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "pg-replica: the replica does not stream from the primary; see $BASE/replica.log" >&2
  exit 1
}

stop_server() {
  if running "$1"; then
    echo "pg-replica: stopping the $1"
    pgctl -D "$BASE/$1" -m fast -w stop >/dev/null
  fi
}

status() {
  local ok=0
  if running primary; then echo "primary 127.0.0.1:$PRIMARY_PORT running"; else echo "primary stopped"; ok=1; fi
  if running replica; then
    echo "replica 127.0.0.1:$REPLICA_PORT running, in recovery: $(q $REPLICA_PORT 'select pg_is_in_recovery()')"
  else
    echo "replica stopped"
    ok=1
  fi
  return $ok
}

case "${1:-}" in
  start)
    ensure_packages
    mkdir -p "$BASE"
    start_primary
    start_replica
    echo "pg-replica: primary 127.0.0.1:$PRIMARY_PORT streams to replica 127.0.0.1:$REPLICA_PORT"
    ;;
  stop)
    if [ -d "$BASE" ]; then
      stop_server replica
      stop_server primary
      rm -rf "$BASE"
      rmdir "$(dirname "$BASE")" 2>/dev/null || true
    fi
    echo "pg-replica: stopped, data removed"
    ;;
  status) status ;;
  stop-replica) stop_server replica ;;
  start-replica)
    running primary || { echo "pg-replica: the primary is not running; use start" >&2; exit 1; }
    start_replica
    ;;
  *) echo "usage: $0 start|stop|status|stop-replica|start-replica" >&2; exit 2 ;;
esac
