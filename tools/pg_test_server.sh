#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: trust auth, unix socket only, fsync off.
#
#   tools/pg_test_server.sh start [DIR]   # prints a SQLAlchemy URL on stdout (DIR: a new temp dir)
#   tools/pg_test_server.sh stop DIR      # stops the cluster and deletes DIR
#
# Listens on a socket inside DIR only, so parallel clusters never fight over a TCP port.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
# (created by Debian's postgresql package).  The cluster collates with ICU en-US with
# punctuation ignored at the first level, as glibc's en_US.UTF-8 (the usual production
# default) does, and unlike SQLite's byte order: queries that rely on byte order of
# punctuation fail here as they would in production.  PG_TEST_ICU_LOCALE picks another ICU
# locale; PG_TEST_LOCALE=C uses the libc C locale instead.
set -euo pipefail

find_bin() {
    local name=$1 d
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/$name" ]; then echo "$d/$name"; return 0; fi
    done
    echo "pg_test_server: $name not found (apt-get install postgresql)" >&2
    return 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:-}
case "$cmd" in
start)
    initdb=$(find_bin initdb)
    pg_ctl=$(find_bin pg_ctl)
    dir=${2:-$(mktemp -d /tmp/dyad-pg.XXXXXX)}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    data=$dir/data
    locale_args=(--locale=C.UTF-8 --encoding=UTF8)
    if [ "${PG_TEST_LOCALE:-icu}" = icu ]; then
        locale_args+=(--locale-provider=icu --icu-locale="${PG_TEST_ICU_LOCALE:-en-US-u-ka-shifted}")
    fi
    if ! as_owner "$initdb" -D "$data" -A trust -U dyad -N "${locale_args[@]}" >"$dir/initdb.log" 2>&1; then
        # an initdb built without ICU: fall back to the libc C locale
        rm -rf "$data"
        as_owner "$initdb" -D "$data" -A trust -U dyad -N --locale=C.UTF-8 --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://dyad@/postgres?host=$dir&port=5432"
    ;;
stop)
    dir=${2:?usage: pg_test_server.sh stop DIR}
    pg_ctl=$(find_bin pg_ctl)
    if [ -d "$dir/data" ]; then
        as_owner "$pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac
