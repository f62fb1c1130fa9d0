#!/usr/bin/env bash
# teambench: figures of the team workspace (issue 16) for docs/PERFORMANCE.md, on a private
# throw-away PostgreSQL server over loopback (tests/tools/run-with-postgres.sh starts it).
#
#   tests/bench/teambench.sh BUILD_DIR ROWS [EDITS=30]
#
# Imports a ROWS-row x 15-column procore.work_order_contract sheet (importbench
# generate-wide-csv) into a .cdw file, copies it to a fresh database (copy-workspace), then
# prints, each beside its yardstick:
#   copy-workspace .cdw -> server and server -> .cdw (one run each)
#   the window opened on the team workspace vs on an empty team workspace vs on the .cdw file
#   (contractdesk --smoke-test, 5 runs, median wall and peak memory)
#   contractdesk-cli validate of the team workspace vs of the .cdw file
#   an edit in one window until another shows it (teamlatency, EDITS edits)
# Needs GNU time at /usr/bin/time.
set -euo pipefail

[[ $# -ge 2 && $# -le 3 ]] || { echo "usage: $0 BUILD_DIR ROWS [EDITS=30]" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=$(cd "$1" && pwd)
ROWS=$2
EDITS=${3:-30}

if [[ -z ${CONTRACTDESK_TEST_POSTGRES:-} ]]; then
    exec "$HERE/../tools/run-with-postgres.sh" "$0" "$@"
fi

CLI=$BUILD/app/contractdesk-cli
GUI=$BUILD/app/contractdesk
WORK=$(mktemp -d "${TMPDIR:-/tmp}/teambench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

uri() { echo "postgresql://$PGUSER@$PGHOST:$PGPORT/$1"; }
createdb() { psql -q -d postgres -c "CREATE DATABASE $1" >/dev/null; }

"$BUILD/tests/bench/importbench" generate-wide-csv "$WORK/wide.csv" "$ROWS"
"$CLI" import --workspace "$WORK/jobs.cdw" --target procore.work_order_contract "$WORK/wide.csv" >/dev/null || true
createdb bench
createdb empty
# An empty team workspace: a .cdw made by importing the header alone, copied up.
head -n 1 "$WORK/wide.csv" >"$WORK/header.csv"
"$CLI" import --workspace "$WORK/empty.cdw" --target procore.work_order_contract "$WORK/header.csv" >/dev/null 2>&1 || true
"$CLI" copy-workspace "$WORK/empty.cdw" "$(uri empty)" >/dev/null

timed() { # timed LABEL CMD...: one run, wall seconds and peak MiB
    /usr/bin/time -f "%e %M" -o "$WORK/t" "${@:2}" >/dev/null 2>&1 || true
    read -r wall kib <"$WORK/t"
    printf '| %s | %.2f s | %d MiB |\n' "$1" "$wall" $((kib / 1024))
}
median() { # median LABEL CMD...: five runs
    local walls=() peaks=()
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f "%e %M" -o "$WORK/t" "${@:2}" >/dev/null 2>&1 || true
        read -r wall kib <"$WORK/t"
        walls+=("$wall"); peaks+=("$kib")
    done
    local w p
    w=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p)
    p=$(printf '%s\n' "${peaks[@]}" | sort -n | sed -n 3p)
    printf '| %s | %.2f s | %d MiB |\n' "$1" "$w" $((p / 1024))
}

echo "| $ROWS rows | wall | peak |"
echo "|---|---|---|"
timed "copy-workspace .cdw → server" "$CLI" copy-workspace "$WORK/jobs.cdw" "$(uri bench)"
timed "copy-workspace server → .cdw" "$CLI" copy-workspace "$(uri bench)" "$WORK/back.cdw"
median "window on the team workspace" "$GUI" --smoke-test "$(uri bench)"
median "window on an empty team workspace" "$GUI" --smoke-test "$(uri empty)"
median "window on the .cdw file" "$GUI" --smoke-test "$WORK/jobs.cdw"
median "validate, team workspace" "$CLI" validate --workspace "$(uri bench)" --target procore.work_order_contract
median "validate, .cdw file" "$CLI" validate --workspace "$WORK/jobs.cdw" --target procore.work_order_contract
"$BUILD/tests/bench/teamlatency" "$(uri bench)" "$EDITS"
