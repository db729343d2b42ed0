#!/usr/bin/env bash
# Makes sure the database servers the tests use are up, and does nothing when they are:
#   PostgreSQL on 127.0.0.1:5432, user postgres (trust), database test
#   MariaDB    on 127.0.0.1:3306, user root (empty password), database test
# On Debian/Ubuntu it installs what is missing with apt-get and starts the servers on loopback only.
# Idempotent: run it as often as you like. Needs root (or sudo) only when it has to install or start.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

pg_up() { psql -h 127.0.0.1 -U postgres -d test -tAc 'select 1' >/dev/null 2>&1; }
maria_up() { mariadb -h 127.0.0.1 -uroot -e 'select 1' test >/dev/null 2>&1; }

missing=()
command -v psql >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)

if pg_up && maria_up && [ ${#missing[@]} -eq 0 ]; then
  echo "test-databases: PostgreSQL and MariaDB are up"
  exit 0
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test-databases: missing ${missing[*]} and no apt-get here; install PostgreSQL and MariaDB yourself," >&2
    echo "or set QUARRY_TEST_POSTGRES_URL / QUARRY_TEST_MYSQL_URL, or run Docker for Testcontainers." >&2
    exit 1
  fi
  echo "test-databases: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! pg_up; then
  V=$(ls /etc/postgresql | sort -n | tail -1)
  conf=/etc/postgresql/$V/main
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf" 2>/dev/null; then
    printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' 'host all all ::1/128 trust' \
      | $SUDO tee "$conf/pg_hba.conf" >/dev/null
  fi
  $SUDO mkdir -p "$conf/conf.d"
  echo "listen_addresses = '127.0.0.1'" | $SUDO tee "$conf/conf.d/loopback.conf" >/dev/null
  if $SUDO pg_ctlcluster --skip-systemctl-redirect "$V" main status >/dev/null 2>&1; then
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$V" main reload
  else
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$V" main start
  fi
  for _ in $(seq 60); do psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'create database test'
  fi
fi

if ! maria_up; then
  if ! mariadb-admin ping >/dev/null 2>&1; then
    $SUDO install -d -o mysql -g mysql /run/mysqld
    $SUDO start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
    for _ in $(seq 60); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  $SUDO mariadb -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket;
    CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY '';
    GRANT ALL PRIVILEGES ON *.* TO root@'127.0.0.1' WITH GRANT OPTION;
    CREATE DATABASE IF NOT EXISTS test"
fi

pg_up || { echo "test-databases: PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }
maria_up || { echo "test-databases: MariaDB did not come up on 127.0.0.1:3306" >&2; exit 1; }
echo "test-databases: PostgreSQL and MariaDB are up"
