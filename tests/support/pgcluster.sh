#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts and stops the throwaway PostgreSQL 15 server the test suite runs against.
#   pgcluster.sh start STATE_DIR   fresh cluster on a free 127.0.0.1 port; writes STATE_DIR/connection
#   pgcluster.sh stop STATE_DIR    stops it and deletes its data (no error if nothing is running)
#   pgcluster.sh restart STATE_DIR restarts it with `pg_ctl restart -m fast` (the load test's fault)
# Options for a cluster of a test's own (the suite's default cluster uses none of them):
#   BRANDDESK_PG_TLS=DIR     DIR holds server.crt and server.key: ssl=on, and pg_hba.conf accepts TCP
#                            connections only over TLS (hostssl); plain TCP is refused
#   BRANDDESK_PG_DURABLE=1   fsync and synchronous commits on (the suite turns them off for speed)
# With BRANDDESK_TEST_PG set (a libpq "key=value ..." string), start only records that string.
# The data lives in /tmp/branddesk-pg.XXXXXX (path kept in STATE_DIR/datadir); as root the
# server runs as the system user branddesk-test, because initdb refuses to run as root.
set -euo pipefail

readonly TEST_USER=branddesk-test
readonly TMP_PATTERN='^/tmp/branddesk-pg\.[A-Za-z0-9]+/data$'

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

die() {
    echo "pgcluster: $*" >&2
    exit 1
}

now() { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }

elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

if [ $# -ne 2 ] || [ -z "$2" ]; then usage; fi
action=$1
case $action in start | stop | restart) ;; *) usage ;; esac

if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    bindir=/usr/lib/postgresql/15/bin
elif command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir=$(pg_config --bindir)
else
    die "cannot find the PostgreSQL 15 server binaries (install package postgresql)"
fi

# User that initdb/pg_ctl run as ("" = the current user).
run_as=
run_pg() {
    if [ -n "$run_as" ]; then
        runuser -u "$run_as" -- "$@"
    else
        "$@"
    fi
}

# True if the postmaster named in data folder $1's postmaster.pid is still running (not a zombie).
server_alive() {
    local pid stat
    pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    [[ $stat == "$pid (postgres) "[!Z]* ]]
}

# Stops the server in data folder $1 (if any): fast, then immediate, then SIGKILL as a last resort.
# A postmaster.pid left by a crashed server is simply ignored.
stop_server() {
    local data=$1 owner pid
    server_alive "$data" || return 0
    run_as=
    if [ "$(id -u)" -eq 0 ]; then
        owner=$(stat -c %U "$data")
        case $owner in root) ;; UNKNOWN) run_as=$TEST_USER ;; *) run_as=$owner ;; esac
    fi
    run_pg "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 && return 0
    server_alive "$data" || return 0
    run_pg "$bindir/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 && return 0
    if server_alive "$data"; then
        pid=$(head -n 1 "$data/postmaster.pid")
        echo "pgcluster: server $pid in $data ignored pg_ctl stop; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    return 0
}

# Stops whatever cluster STATE_DIR $1 points at and forgets it.
stop_cluster() {
    local state=$1 data=
    [ -f "$state/datadir" ] && data=$(<"$state/datadir")
    if [ -n "$data" ]; then
        [[ $data =~ $TMP_PATTERN ]] || die "refusing to delete '$data' named in $state/datadir"
        if [ -d "$data" ]; then
            stop_server "$data"
        fi
        rm -rf -- "${data%/data}"
    fi
    rm -f -- "$state/connection" "$state/connection.tmp" "$state/datadir"
}

free_port() {
    local p i py
    # /usr/bin/python3 first: a pyenv shim earlier in PATH costs a quarter of a second.
    py=/usr/bin/python3
    [ -x "$py" ] || py=python3
    if command -v "$py" >/dev/null 2>&1 &&
        p=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null) &&
        [[ $p =~ ^[0-9]+$ ]]; then
        echo "$p"
        return 0
    fi
    # No python3: probe random ports below the Linux ephemeral range until one refuses connections.
    for ((i = 0; i < 200; i++)); do
        p=$((20000 + RANDOM % 12000))
        if ! (: <>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# Hands the connection string $2 to the tests through STATE_DIR $1.
write_connection() {
    printf '%s\n' "$2" >"$1/connection.tmp"
    mv -f -- "$1/connection.tmp" "$1/connection"
}

if [ "$action" = restart ]; then
    state=$(cd -- "$2" && pwd)
    cd /
    data=$(cat "$state/datadir" 2>/dev/null) || die "no cluster recorded in $state"
    [[ $data =~ $TMP_PATTERN ]] || die "refusing to touch '$data' named in $state/datadir"
    server_alive "$data" || die "the server in $data is not running"
    run_as=
    if [ "$(id -u)" -eq 0 ]; then
        owner=$(stat -c %U "$data")
        case $owner in root) ;; UNKNOWN) run_as=$TEST_USER ;; *) run_as=$owner ;; esac
    fi
    t0=$(now)
    # The options of the last start are kept in postmaster.opts and used again.
    run_pg "$bindir/pg_ctl" -D "$data" -l "$data/../server.log" -m fast -w -t 60 restart >/dev/null 2>&1 ||
        die "pg_ctl restart failed; end of the log: $(tail -n 5 "$data/../server.log" 2>/dev/null)"
    echo "pgcluster: restarted the server in $data ($(elapsed "$t0") s)"
    exit 0
fi

if [ "$action" = stop ]; then
    [ -d "$2" ] || exit 0
    state=$(cd -- "$2" && pwd)
    cd /
    t0=$(now)
    had=$(cat "$state/datadir" 2>/dev/null || true)
    stop_cluster "$state"
    [ -z "$had" ] || echo "pgcluster: stopped the server in $had and removed it ($(elapsed "$t0") s)"
    exit 0
fi

mkdir -p -- "$2"
state=$(cd -- "$2" && pwd)
cd / # the server user may not be allowed into the caller's working directory

if [ -n "${BRANDDESK_TEST_PG:-}" ]; then
    write_connection "$state" "$BRANDDESK_TEST_PG"
    echo "pgcluster: using the server given in BRANDDESK_TEST_PG"
    exit 0
fi

# Our own client calls must not pick up settings meant for some other server.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE \
    PGOPTIONS PGSSLMODE PGREQUIRESSL PGGSSENCMODE PGTARGETSESSIONATTRS PGDATA
export PGCLIENTENCODING=UTF8 PGCONNECT_TIMEOUT=10

t0=$(now)
stop_cluster "$state" # a server left behind by an earlier (possibly killed) run

tmp=$(mktemp -d /tmp/branddesk-pg.XXXXXX)
data=$tmp/data
sock=$tmp/sock
log=$tmp/server.log
started=0
# On any failure, take down what was started so far; the datadir note also lets a later run do it.
cleanup_failed_start() {
    [ "$started" = 1 ] && return
    (stop_cluster "$state") || true
    if [ -d "$tmp" ]; then
        (stop_server "$data") || true
        rm -rf -- "$tmp"
    fi
}
trap cleanup_failed_start EXIT
printf '%s\n' "$data" >"$state/datadir"

if [ "$(id -u)" -eq 0 ]; then
    if ! id -u "$TEST_USER" >/dev/null 2>&1; then
        err=$(useradd --system --no-create-home --shell /usr/sbin/nologin "$TEST_USER" 2>&1) ||
            id -u "$TEST_USER" >/dev/null 2>&1 || die "cannot create system user $TEST_USER: $err"
    fi
    run_as=$TEST_USER
fi
mkdir -m 700 "$sock"
[ -z "$run_as" ] || chown "$run_as:" "$tmp" "$sock"

if ! run_pg "$bindir/initdb" -D "$data" -E UTF8 --locale=C.UTF-8 -U postgres --auth=trust \
    --no-sync --no-instructions >"$tmp/initdb.log" 2>&1; then
    echo "pgcluster: initdb failed:" >&2
    tail -n 30 "$tmp/initdb.log" >&2
    exit 1
fi

speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${BRANDDESK_PG_DURABLE:-}" = 1 ] && speed=
tls=
if [ -n "${BRANDDESK_PG_TLS:-}" ]; then
    for f in server.crt server.key; do
        [ -f "$BRANDDESK_PG_TLS/$f" ] || die "BRANDDESK_PG_TLS: no $f in $BRANDDESK_PG_TLS"
        install -m 600 "$BRANDDESK_PG_TLS/$f" "$data/$f"
        [ -z "$run_as" ] || chown "$run_as:" "$data/$f"
    done
    # TCP only over TLS; the socket stays for the server's own tools.
    printf '%s\n' 'local all all trust' 'hostssl all all 127.0.0.1/32 trust' 'hostssl all all ::1/128 trust' \
        >"$data/pg_hba.conf"
    tls="-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
fi

start_server() {
    rm -f -- "$log" # recreated by pg_ctl as the server user
    run_pg "$bindir/pg_ctl" -D "$data" -l "$data/../server.log" -w -t 60 \
        -o "-p $1 -k '$sock' -c listen_addresses=127.0.0.1 $speed $tls -c max_connections=200 -c shared_buffers=64MB" \
        start >"$tmp/pg_ctl.log" 2>&1
}

start_failed() {
    echo "pgcluster: PostgreSQL failed to start on 127.0.0.1:$port; end of $log:" >&2
    tail -n 30 "$log" >&2 2>/dev/null || cat "$tmp/pg_ctl.log" >&2
    exit 1
}

port=$(free_port) || die "cannot find a free TCP port on 127.0.0.1"
if ! start_server "$port"; then
    grep -qE 'could not bind|already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null ||
        start_failed
    old=$port
    while [ "$port" = "$old" ]; do port=$(free_port) || die "cannot find a free TCP port on 127.0.0.1"; done
    echo "pgcluster: port $old was taken, retrying on $port" >&2
    start_server "$port" || start_failed
fi

ready=0
for ((i = 0; i < 300; i++)); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then
        ready=1
        break
    fi
    sleep 0.1
done
[ "$ready" = 1 ] || start_failed

conn="host=127.0.0.1 port=$port user=postgres dbname=postgres"

# pg_trgm must see Chinese characters as word characters (depends on the cluster's LC_CTYPE).
# The extension is created inside a rolled-back transaction, so the database stays untouched.
if ! out=$("$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 -F $'\t' "$conn" 2>&1 <<'SQL'
BEGIN;
CREATE EXTENSION pg_trgm;
SELECT split_part(current_setting('server_version'), ' ', 1), coalesce(array_length(show_trgm('服务企业'), 1), 0), show_trgm('服务企业');
ROLLBACK;
SQL
); then
    die "cannot query the new server on 127.0.0.1:$port: $out"
fi
IFS=$'\t' read -r version ntrgm trgms <<<"$out"
if ! [[ $ntrgm =~ ^[0-9]+$ ]] || [ "$ntrgm" -eq 0 ]; then
    die "pg_trgm does not treat Chinese characters as word characters on this server" \
        "(show_trgm('服务企业') = ${trgms:-$out}); the cluster's locale C.UTF-8 is missing or broken"
fi

write_connection "$state" "$conn"
started=1
echo "pgcluster: PostgreSQL $version on 127.0.0.1:$port (data in $data, ready in $(elapsed "$t0") s)"
