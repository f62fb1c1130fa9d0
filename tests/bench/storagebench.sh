#!/usr/bin/env bash
# storagebench: whole-process figures of the workspace storage (issue 15), each beside its peer
# in the same run, for docs/PERFORMANCE.md.
#
#   tests/bench/storagebench.sh BUILD_DIR ROWS [RUNS]      e.g. tests/bench/storagebench.sh build 100000 5
#
# Generates a ROWS-row x 15-column procore.work_order_contract sheet (importbench
# generate-wide-csv / generate-wide-xlsx: every field type, long multi-line Unicode text) into a
# temporary folder, then times RUNS runs of each step with /usr/bin/time (wall, user+sys CPU,
# peak RSS), each run of ContractDesk followed by its peer's, and prints medians as a Markdown
# table:
#   contractdesk-cli import of the CSV into a fresh workspace  vs  python3 peers/csv_read.py
#   contractdesk-cli import of the XLSX into a fresh workspace vs  xlsx2csv converting it
#   contractdesk --smoke-test on the imported workspace         vs  the same on an empty one
#   contractdesk-cli validate, and export --format json, of the imported workspace
# Needs: GNU time at /usr/bin/time, python3, xlsx2csv (Debian package xlsx2csv; its rows are
# left out when it is missing). The window runs with QT_QPA_PLATFORM=offscreen; settings and
# recent files go to the temporary folder, which is removed at the end (KEEP=1 keeps it).
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR ROWS [RUNS=5]" >&2
    exit 2
}
[[ $# -ge 2 && $# -le 3 ]] || usage
[[ $2 =~ ^[0-9]+$ && $2 -gt 0 ]] || usage
ROWS=$2
RUNS=${3:-5}
[[ $RUNS =~ ^[0-9]+$ && $RUNS -gt 0 ]] || usage

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=$(cd "$1" && pwd) || usage
CLI=$BUILD/app/contractdesk-cli
GUI=$BUILD/app/contractdesk
GEN=$BUILD/tests/bench/importbench
CSV_PEER=$HERE/peers/csv_read.py
TARGET=procore.work_order_contract
TIME=/usr/bin/time

for exe in "$CLI" "$GUI" "$GEN"; do
    [[ -x $exe ]] || { echo "missing $exe: build contractdesk-cli, contractdesk and importbench" >&2; exit 2; }
done
[[ -x $TIME ]] || { echo "missing $TIME (GNU time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "missing python3" >&2; exit 2; }
XLSX2CSV=$(command -v xlsx2csv || true)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storagebench.XXXXXX")
cleanup() {
    if [[ ${KEEP:-0} == 1 ]]; then
        echo "kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

# Keep the user's settings and recent files out of it.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

CSV=$WORK/wide.csv
XLSX=$WORK/wide.xlsx
HEADER_CSV=$WORK/header.csv
WS=$WORK/imported.cdw
WS_XLSX=$WORK/imported-xlsx.cdw
WS_EMPTY=$WORK/empty.cdw

mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

echo "Generating $ROWS rows x 15 columns ..." >&2
"$GEN" generate-wide-csv "$CSV" "$ROWS"
"$GEN" generate-wide-xlsx "$XLSX" "$ROWS"
head -n 1 "$CSV" >"$HEADER_CSV"

# run NAME CMD...: one timed run; appends "wall cpu rss_kib" to $WORK/NAME.times. A failure is
# fatal, with the command's standard error shown; exit code 1 of contractdesk-cli import and
# validate says "problems found in the data", which the checks below report.
run() {
    local name=$1 rc=0
    shift
    "$TIME" -f '%e %U %S %M' -o "$WORK/time.out" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || rc=$?
    if [[ $rc -eq 1 && $name =~ ^(import_csv|import_xlsx|validate)$ ]]; then
        echo "$name: exit code 1 (problems found in the data)" >>"$WORK/problems.log"
    elif [[ $rc -ne 0 ]]; then
        echo "FAILED ($name, exit code $rc): $*" >&2
        tail -n 20 "$WORK/last.err" >&2
        cat "$WORK/time.out" >&2
        exit 1
    fi
    # GNU time may put "Command exited ..." lines first: the figures are the last line.
    tail -n 1 "$WORK/time.out" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >>"$WORK/$name.times"
}

# median NAME COLUMN: the median of one column (1 wall s, 2 CPU s, 3 peak KiB) of NAME's runs.
median() {
    awk -v c="$2" '{ print $c }' "$WORK/$1.times" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Import output: every column mapped, every row imported, nothing else said (no cell issues).
check_import() {
    local what=$1 out=$2
    local mapped imported other
    mapped=$(grep -c '^mapped: ' "$out" || true)
    imported=$(grep -o '^Imported [0-9]* rows' "$out" | awk '{ print $2 }' || true)
    other=$(grep -cvE '^(encoding: |header row: |sheet: |mapped: |Imported [0-9]+ rows)' "$out" || true)
    echo "- $what: $mapped of 15 columns mapped, ${imported:-no} rows imported, $other other lines (cell issues, ignored columns)"
    if [[ $other -gt 0 ]]; then
        grep -vE '^(encoding: |header row: |sheet: |mapped: |Imported [0-9]+ rows)' "$out" | head -n 5 | sed 's/^/    /'
    fi
    if [[ $mapped -ne 15 || ${imported:-0} -ne $ROWS ]]; then
        echo "  UNEXPECTED: expected 15 columns and $ROWS rows" >&2
    fi
}

cat "$CSV" "$XLSX" >/dev/null # both read from the page cache from the first run on

echo "Timing $RUNS runs of each step ..." >&2
for ((i = 1; i <= RUNS; ++i)); do
    echo "  run $i/$RUNS" >&2
    rm -f "$WS" "$WS"-*
    run import_csv "$CLI" import "$CSV" --target "$TARGET" --workspace "$WS"
    cat "$WORK/last.out" "$WORK/last.err" >"$WORK/import_csv.log"
    run peer_csv python3 "$CSV_PEER" "$CSV"

    rm -f "$WS_XLSX" "$WS_XLSX"-*
    run import_xlsx "$CLI" import "$XLSX" --target "$TARGET" --workspace "$WS_XLSX"
    cat "$WORK/last.out" "$WORK/last.err" >"$WORK/import_xlsx.log"
    if [[ -n $XLSX2CSV ]]; then
        run peer_xlsx "$XLSX2CSV" "$XLSX" "$WORK/xlsx2csv.csv"
    fi
done

rm -f "$WS_EMPTY" "$WS_EMPTY"-*
"$CLI" import "$HEADER_CSV" --target "$TARGET" --workspace "$WS_EMPTY" >/dev/null 2>&1

for ((i = 1; i <= RUNS; ++i)); do
    echo "  window run $i/$RUNS" >&2
    run open_full "$GUI" --smoke-test "$WS"
    run open_empty "$GUI" --smoke-test "$WS_EMPTY"
done

for ((i = 1; i <= RUNS; ++i)); do
    echo "  validate and export run $i/$RUNS" >&2
    run validate "$CLI" validate --workspace "$WS" --target "$TARGET"
    cat "$WORK/last.out" "$WORK/last.err" >"$WORK/validate.log"
    run export_json "$CLI" export --workspace "$WS" --target "$TARGET" --format json --out "$WORK/export.json"
done

# The same rows from either file: the two workspaces export alike.
"$CLI" export --workspace "$WS_XLSX" --target "$TARGET" --format json --out "$WORK/export-xlsx.json" \
    >/dev/null 2>&1
if cmp -s "$WORK/export.json" "$WORK/export-xlsx.json"; then same=yes; else same=NO; fi
json_rows=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' "$WORK/export.json")

row() { # LABEL NAME
    printf '| %s | %.2f | %.2f | %.0f |\n' "$1" "$(median "$2" 1)" "$(median "$2" 2)" \
        "$(awk -v k="$(median "$2" 3)" 'BEGIN { print k / 1024 }')"
}
ratio() { awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

echo
echo "## storagebench: $ROWS rows x 15 columns, $TARGET, median of $RUNS runs"
echo
if [[ -n $XLSX2CSV ]]; then peer_version="xlsx2csv $("$XLSX2CSV" --version 2>&1 | head -n 1)"; else peer_version="no xlsx2csv"; fi
echo "CSV $(mib "$CSV"), XLSX $(mib "$XLSX"); $(nproc) CPUs; $(python3 --version 2>&1); $peer_version;" \
    "Qt platform offscreen."
echo
echo "| step | wall s | user+sys s | peak MiB |"
echo "|---|---:|---:|---:|"
row "\`contractdesk-cli import\` CSV → saved workspace" import_csv
row "peer: \`python3 peers/csv_read.py\` (Python's csv module reads it)" peer_csv
row "\`contractdesk-cli import\` XLSX → saved workspace" import_xlsx
if [[ -n $XLSX2CSV ]]; then
    row "peer: \`xlsx2csv\` converts the XLSX" peer_xlsx
else
    echo "| peer: \`xlsx2csv\` (not installed) | – | – | – |"
fi
row "\`contractdesk --smoke-test\` of the imported workspace" open_full
row "\`contractdesk --smoke-test\` of an empty workspace (same target, 0 rows)" open_empty
row "\`contractdesk-cli validate\`" validate
row "\`contractdesk-cli export --format json\`" export_json
echo
echo "- CSV import / Python csv read: $(ratio import_csv peer_csv)× (issue 15 target: ≤ 2×)"
if [[ -n $XLSX2CSV ]]; then
    echo "- xlsx2csv / XLSX import: $(ratio peer_xlsx import_xlsx)× (target: ≥ 8×, and the import ≤ 0.6 s)"
fi
awk -v f="$(median open_full 1)" -v e="$(median open_empty 1)" -v p="$(median open_full 3)" \
    -v q="$(median open_empty 3)" 'BEGIN { printf "- window: +%.2f s and +%.0f MiB over an empty workspace, peak %.0f MiB (target: ≤ +0.3 s, peak ≤ 160 MiB)\n", f - e, (p - q) / 1024, p / 1024 }'
echo "- validate and export: target ≤ 0.5 s each"
echo
echo "Checks:"
check_import "CSV import" "$WORK/import_csv.log"
check_import "XLSX import" "$WORK/import_xlsx.log"
echo "- validate: $(grep -m 1 'rows checked' "$WORK/validate.log" || tail -n 1 "$WORK/validate.log")"
echo "- export: $json_rows records; the CSV and XLSX workspaces export the same JSON: $same"
if [[ -s $WORK/problems.log ]]; then
    sort "$WORK/problems.log" | uniq -c | sed 's/^ */- /'
fi
