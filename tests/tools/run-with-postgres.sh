#!/bin/bash
# run-with-postgres.sh CMD [ARGS...]
# Runs CMD beside a private, throw-away PostgreSQL server: initdb in a fresh temporary folder,
# listening on a unix socket there and on 127.0.0.1 at a free port, no fsync (nothing here
# needs to survive), trust authentication for a superuser role made for the tests. CMD sees
# PGHOST, PGPORT, PGUSER, PGDATABASE and CONTRACTDESK_TEST_POSTGRES=1 (a test that finds no
# server then fails instead of skipping). The server is stopped and the folder deleted however
# CMD ends, also on TERM or INT; the exit code is CMD's.
# Composes with run-with-keyring.sh in either order; the one CI uses:
#   tests/tools/run-with-keyring.sh tests/tools/run-with-postgres.sh ctest ...
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

bindir=""
for dir in /usr/lib/postgresql/*/bin; do
  [ -x "$dir/initdb" ] || continue
  version="$(basename "$(dirname "$dir")")"
  if [ -z "$bindir" ] || [ "$version" -gt "$(basename "$(dirname "$bindir")")" ] 2>/dev/null; then
    bindir="$dir"
  fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
  bindir="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bindir" ]; then
  echo "run-with-postgres.sh: no PostgreSQL server found (install the postgresql package)" >&2
  exit 1
fi

# initdb refuses to run as root: the server then runs as the postgres system user.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  as_server=(runuser -u postgres --)
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/cd-pg.XXXXXX")"
data="$dir/data"
child=""

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [ -f "$data/postmaster.pid" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
      "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 ||
      true
  fi
  rm -rf "$dir"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "${#as_server[@]}" -gt 0 ]; then
  chown postgres "$dir"
fi
chmod 700 "$dir"

role="contractdesk_test"
"${as_server[@]}" "$bindir/initdb" -D "$data" -U "$role" --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

# A free port: ask the kernel for one, then hand it to the server (a race with another
# process taking it in between is retried).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000))
}

started=0
for attempt in 1 2 3 4 5; do
  port="$(free_port)"
  if "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -w -t 30 -l "$dir/server.log" \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [ "$started" -ne 1 ]; then
  echo "run-with-postgres.sh: the test server did not start:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER="$role" PGDATABASE=contractdesk_test
export CONTRACTDESK_TEST_POSTGRES=1
unset PGPASSWORD PGSERVICE PGSSLMODE
"$bindir/createdb" -h "$dir" -p "$port" -U "$role" "$PGDATABASE"

# In the background: a TERM to this script reaches the trap at once.
"$@" &
child=$!
set +e
wait "$child"
code=$?
set -e
child=""
exit "$code"
