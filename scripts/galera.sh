#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback, for the cluster tests and for trying Quarry on a cluster.
#
#   scripts/galera.sh start          start the nodes that are not running (bootstraps a new cluster if none is)
#   scripts/galera.sh stop           stop every node and delete the cluster's data
#   scripts/galera.sh status         one line per node: port, running or not, cluster size, state
#   scripts/galera.sh stop-node N    stop node N (1-3) gracefully, keeping its data (the others keep serving)
#   scripts/galera.sh start-node N   start node N again; it rejoins the cluster and catches up (IST or SST)
#
# Node N listens for SQL on 127.0.0.1:$((4305+N)) (user root, empty password, database quarry); Galera
# replication uses 127.0.0.1:1450N, IST 1451N and SST (rsync) 1452N. Nothing listens beyond loopback.
# Data, configuration and logs live under $QUARRY_CLUSTER_DIR/galera (default: .cluster/galera in the
# repository, ignored by git). The stand-alone MariaDB server (3306) is neither used nor touched.
# On Debian/Ubuntu it installs galera-4, rsync and iproute2 with apt-get when they are missing.
# Idempotent: start on a running cluster and stop on a stopped one do nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${QUARRY_CLUSTER_DIR:-$ROOT/.cluster}/galera"
NODES=(1 2 3)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
# As root the nodes run as the mysql user: rsync's SST daemon, started as root, would drop to "nobody"
# and could not write the joiner's data directory.
RUN_AS="$(id -un)"
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then RUN_AS=mysql; fi

sql_port() { echo $((4305 + $1)); }
gcomm_port() { echo $((14500 + $1)); }
dir() { echo "$BASE/node$1"; }
sock() { echo "$BASE/node$1.sock"; }
pidfile() { echo "$BASE/node$1.pid"; }

provider() {
  for p in /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so /usr/lib64/galera-4/libgalera_smm.so \
    /usr/lib/x86_64-linux-gnu/galera/libgalera_smm.so; do
    if [ -e "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

mariadbd_bin() { command -v mariadbd 2>/dev/null || echo /usr/sbin/mariadbd; }

ensure_packages() {
  local missing=()
  [ -x "$(mariadbd_bin)" ] || missing+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
  provider >/dev/null || missing+=(galera-4)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  command -v ss >/dev/null 2>&1 || missing+=(iproute2)
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "galera: missing ${missing[*]} and no apt-get here; install them yourself" >&2
      exit 1
    fi
    echo "galera: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # the package's own service must not start: we run our own nodes, not the system's server
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

running() {
  local pid
  pid="$(cat "$(pidfile "$1")" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

client() {
  local n=$1
  shift
  mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$(sql_port "$n")" -uroot --connect-timeout=3 "$@"
}

wsrep() { client "$1" -NBe "show global status like '$2'" 2>/dev/null | awk '{print $2}'; }

any_running() {
  for n in "${NODES[@]}"; do if running "$n"; then echo "$n"; return 0; fi; done
  return 1
}

write_config() {
  local n=$1 addresses="" m
  for m in "${NODES[@]}"; do addresses+="${addresses:+,}127.0.0.1:$(gcomm_port "$m")"; done
  cat >"$BASE/node$n.cnf" <<EOF
[mysqld]
user=$RUN_AS
datadir=$(dir "$n")
socket=$(sock "$n")
pid-file=$(pidfile "$n")
log-error=$BASE/node$n.err
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default_storage_engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=32M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
performance_schema=OFF
max_connections=120
wsrep_on=ON
wsrep_provider=$(provider)
wsrep_cluster_name=quarry
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_cluster_address=gcomm://$addresses
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$((14510 + n));gcache.size=16M;gcs.fc_limit=64"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((14520 + n))
EOF
}

wait_synced() {
  local n=$1
  for _ in $(seq 240); do
    if ! running "$n"; then
      echo "galera: node $n stopped while starting; see $BASE/node$n.err" >&2
      tail -20 "$BASE/node$n.err" >&2 || true
      exit 1
    fi
    if [ "$(wsrep "$n" wsrep_local_state_comment)" = Synced ] && [ "$(wsrep "$n" wsrep_ready)" = ON ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "galera: node $n did not reach Synced in 2 minutes; see $BASE/node$n.err" >&2
  exit 1
}

start_node() {
  local n=$1 bootstrap=${2:-}
  if running "$n"; then return 0; fi
  mkdir -p "$(dir "$n")"
  write_config "$n"
  [ "$RUN_AS" = "$(id -un)" ] || chown -R "$RUN_AS": "$BASE"
  if [ -n "$bootstrap" ]; then
    if [ ! -d "$(dir "$n")/mysql" ]; then
      mariadb-install-db --defaults-file="$BASE/node$n.cnf" --user="$RUN_AS" \
        --auth-root-authentication-method=normal --skip-test-db >"$BASE/node$n.install.log" 2>&1
    fi
    # a node that was not the last to leave refuses to bootstrap unless told it is safe: it is, we start fresh
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(dir "$n")/grastate.dat" 2>/dev/null || true
    echo "galera: bootstrapping a new cluster with node $n on 127.0.0.1:$(sql_port "$n")"
    setsid "$(mariadbd_bin)" --defaults-file="$BASE/node$n.cnf" --wsrep-new-cluster </dev/null >/dev/null 2>&1 &
  else
    echo "galera: starting node $n on 127.0.0.1:$(sql_port "$n") (joins the cluster)"
    setsid "$(mariadbd_bin)" --defaults-file="$BASE/node$n.cnf" </dev/null >/dev/null 2>&1 &
  fi
  for _ in $(seq 60); do [ -s "$(pidfile "$n")" ] && break; sleep 0.5; done
  wait_synced "$n"
}

stop_node() {
  local n=$1 pid
  running "$n" || return 0
  pid="$(cat "$(pidfile "$n")")"
  echo "galera: stopping node $n"
  kill -TERM "$pid"
  for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  echo "galera: node $n did not stop in 60 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

start() {
  ensure_packages
  mkdir -p "$BASE"
  local first
  if first="$(any_running)"; then
    :
  else
    # no node runs: whatever data is left is from an earlier cluster; start a new one from node 1
    rm -rf "${BASE:?}"/node*
    start_node 1 bootstrap
    client 1 -e "create database if not exists quarry"
    first=1
  fi
  for n in "${NODES[@]}"; do start_node "$n"; done
  echo "galera: cluster of $(wsrep "$first" wsrep_cluster_size) nodes up on 127.0.0.1:$(sql_port 1)-$(sql_port 3)"
}

stop() {
  local n
  for n in 3 2 1; do stop_node "$n"; done
  rm -rf "$BASE"
  rmdir "$(dirname "$BASE")" 2>/dev/null || true
  echo "galera: stopped, data removed"
}

status() {
  local n
  for n in "${NODES[@]}"; do
    if running "$n"; then
      echo "node $n 127.0.0.1:$(sql_port "$n") running, cluster size $(wsrep "$n" wsrep_cluster_size)," \
        "state $(wsrep "$n" wsrep_local_state_comment)"
    else
      echo "node $n 127.0.0.1:$(sql_port "$n") stopped"
    fi
  done
  any_running >/dev/null
}

node_arg() {
  case "${1:-}" in 1|2|3) ;; *) echo "usage: $0 $2 1|2|3" >&2; exit 2 ;; esac
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  stop-node) node_arg "${2:-}" stop-node; stop_node "$2" ;;
  start-node) node_arg "${2:-}" start-node; any_running >/dev/null || { echo "galera: no node runs; use start" >&2; exit 1; }
    start_node "$2" ;;
  *) echo "usage: $0 start|stop|status|stop-node N|start-node N" >&2; exit 2 ;;
esac
