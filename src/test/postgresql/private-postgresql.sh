#!/usr/bin/env bash
# A private PostgreSQL server for one build's integration tests, from the Debian packages' binaries: a fresh cluster
# in <dir>/data, listening only on 127.0.0.1:<port> (no Unix socket), password authentication for the user "navyk".
#
#   private-postgresql.sh start <dir> <port> <password> <database>...
#   private-postgresql.sh stop  <dir>
#
# PostgreSQL refuses to run as root; when the build runs as root (CI containers do), the server runs as the Debian
# package's "postgres" user. Its own cluster (/var/lib/postgresql) is never started or touched.
set -euo pipefail

die() { echo "private-postgresql: $*" >&2; exit 1; }

find_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$newest" && -x "$newest/initdb" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql;
  install them with 'apt-get install -y postgresql' (or set PG_BIN), or run the tests without -Ppostgresql"
    echo "$newest"
}

# Runs a server binary as the unprivileged account when we are root.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user to run the server as"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

data_dir_of() {
    local dir=$1
    if [[ -L "$dir/data" ]]; then readlink "$dir/data"; else echo "$dir/data"; fi
}

stop_server() {
    local dir=$1 bin data
    bin=$(find_bin)
    data=$(data_dir_of "$dir")
    if [[ -f "$data/postmaster.pid" ]]; then
        as_server_user "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
        echo "private-postgresql: stopped the server in $data"
    fi
    if [[ -L "$dir/data" ]]; then
        rm -rf "$data"
        rm -f "$dir/data"
    fi
}

start_server() {
    local dir=$1 port=$2 password=$3; shift 3
    local bin data
    bin=$(find_bin)
    stop_server "$dir"   # a server an interrupted build left behind
    rm -rf "$dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    if [[ $(id -u) -eq 0 ]]; then
        # The server account must reach the data directory; a checkout under /root is closed to it, so the cluster
        # then lives in a private temporary folder that target/ links to.
        if runuser -u postgres -- test -x "$dir"; then
            chown postgres: "$dir"
        else
            data=$(mktemp -d /tmp/navyk-postgresql.XXXXXX)
            ln -s "$data" "$dir/data"
            rmdir "$data"
            install -d -o postgres -m 700 "$data"
        fi
    fi
    local pwfile
    pwfile=$(mktemp "${TMPDIR:-/tmp}/navyk-pgpass.XXXXXX")
    printf '%s\n' "$password" > "$pwfile"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
    as_server_user "$bin/initdb" -D "$data" -U navyk --pwfile="$pwfile" --auth=scram-sha-256 --encoding=UTF8 \
        --locale=C.UTF-8 --no-instructions >"$dir/initdb.log" 2>&1 || { rm -f "$pwfile"; cat "$dir/initdb.log" >&2;
        die "initdb failed"; }
    rm -f "$pwfile"
    # A throw-away server: durability settings off, as the data is deleted after the build anyway; the benchmarks
    # keep PostgreSQL's defaults (NAVYK_PG_DURABLE=true), since they compare it with Derby, which syncs each commit.
    # NAVYK_PG_LOG_STATEMENTS=true logs every statement to <dir>/data/server.log, for debugging a failing test.
    local logging="" durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ "${NAVYK_PG_LOG_STATEMENTS:-}" == "true" ]] && logging="-c log_statement=all"
    [[ "${NAVYK_PG_DURABLE:-}" == "true" ]] && durability=""
    as_server_user "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= $durability -c max_connections=200 $logging" \
        start >/dev/null || { cat "$data/server.log" >&2; die "the server did not start on port $port"; }
    for database in "$@"; do
        PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U navyk -d postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE DATABASE $database" || die "could not create the database $database"
    done
    echo "private-postgresql: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port," \
        "data in $data, databases: $*"
}

case "${1:-}" in
    start) [[ $# -ge 4 ]] || die "usage: $0 start <dir> <port> <password> <database>..."; shift; start_server "$@" ;;
    stop) [[ $# -eq 2 ]] || die "usage: $0 stop <dir>"; stop_server "$2" ;;
    *) die "usage: $0 start <dir> <port> <password> <database>... | stop <dir>" ;;
esac
