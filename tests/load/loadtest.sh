#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The load and fault test. For each N: a PostgreSQL server of its own (tests/support/pgcluster.sh, durable:
# fsync and synchronous commits on; never the suite's server), `branddesk server init` with the program's
# restricted login, N clerks, then N load_client processes for SECONDS; at 40 % of the time the server is
# restarted (pg_ctl restart -m fast), at 80 % client N is killed with SIGKILL. Then load_client verify checks
# the server against the journals and prints the figures. Everything started is stopped at the end, even on
# failure.
#   loadtest.sh BRANDDESK LOAD_CLIENT PGCLUSTER WORKDIR SECONDS N [N ...]
set -euo pipefail

if [ $# -lt 6 ]; then
    echo "usage: $0 BRANDDESK LOAD_CLIENT PGCLUSTER WORKDIR SECONDS N [N ...]" >&2
    exit 2
fi
branddesk=$1 client=$2 pgcluster=$3 work=$4 seconds=$5
shift 5
unset BRANDDESK_TEST_PG PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGSSLMODE
export QT_QPA_PLATFORM=offscreen

readonly ADMIN=负载管理员 ADMIN_PASSWORD=load-admin-2009 LOGIN=branddesk_load DATABASE=branddesk_load
state=
pids=()

cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -z "$state" ] || bash "$pgcluster" stop "$state" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 1' INT TERM

ms() { date +%s%3N; }

status=0
for n in "$@"; do
    run=$work/n$n
    rm -rf -- "$run"
    mkdir -p -- "$run/journals"
    state=$run/state
    BRANDDESK_PG_DURABLE=1 bash "$pgcluster" start "$state"
    conn=$(<"$state/connection")
    port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$conn")
    admin="host=127.0.0.1 port=$port user=postgres dbname=$DATABASE"
    app="host=127.0.0.1 port=$port user=$LOGIN dbname=$DATABASE"

    printf '%s\n%s\n' "$ADMIN_PASSWORD" "load-app-2009" |
        "$branddesk" --lang en --server "$conn" server init --database "$DATABASE" --admin "$ADMIN" \
            --app-login "$LOGIN" >"$run/init.log"
    # Everything from here on runs as the program's restricted login, as the office's PCs would.
    "$client" setup "$app" "$ADMIN" "$ADMIN_PASSWORD" "$n"

    pids=()
    for ((k = 1; k <= n; k++)); do
        "$client" run "$app" "$k" "$seconds" "$run/journals/journal-$k.tsv" 2>"$run/client-$k.log" &
        pids+=($!)
    done
    started=$(ms)
    sleep "$(awk -v s="$seconds" 'BEGIN { print s * 0.4 }')"
    restart_from=$(ms)
    bash "$pgcluster" restart "$state"
    restart_to=$(ms)
    sleep "$(awk -v s="$seconds" -v e="$(($(ms) - started))" 'BEGIN { d = s * 0.8 - e / 1000; print (d > 0 ? d : 0) }')"
    victim=${pids[$((n - 1))]}
    kill -KILL "$victim"
    echo "loadtest: N=$n: server restarted at $(((restart_from - started) / 1000)) s, client $n killed at $((($(ms) - started) / 1000)) s"
    for ((k = 1; k <= n; k++)); do
        pid=${pids[$((k - 1))]}
        if wait "$pid"; then :; else
            code=$?
            if [ "$pid" != "$victim" ]; then
                echo "loadtest: N=$n: client $k exited with $code:" >&2
                tail -n 5 "$run/client-$k.log" >&2
                status=1
            fi
        fi
    done
    pids=()
    "$client" verify "$admin" "$run/journals" "$n" "$seconds" "$n" "$restart_from" "$restart_to" || status=1
    bash "$pgcluster" stop "$state" >/dev/null
    state=
done
exit $status
