#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, from Debian's packages: for CI and the benchmarks.
#   scripts/pg-cluster.sh start <dir> <port>   initialise <dir>, start, print the connection URL
#   scripts/pg-cluster.sh stop <dir>
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "cd / && $*"; else sh -c "$*"; fi; }

case "$action" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "'$pg_bin/initdb' -D '$dir/data' -A trust -U wushe -E UTF8 --locale=C.UTF-8 >/dev/null"
    as_owner "'$pg_bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200\" start >/dev/null"
    echo "postgres://wushe@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "'$pg_bin/pg_ctl' -D '$dir/data' -m fast stop >/dev/null" || true
    ;;
  *)
    echo "usage: $0 start <dir> <port> | stop <dir>" >&2
    exit 2
    ;;
esac
