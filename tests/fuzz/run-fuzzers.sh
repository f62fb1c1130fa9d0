#!/bin/sh
# run-fuzzers.sh SOURCE_DIR BUILD_DIR SECONDS
#
# Builds tests/fuzz/standalone with clang, libFuzzer, ASan and UBSan in BUILD_DIR, then fuzzes
# each reader for SECONDS seconds, starting from a copy of its seed corpus (the checked-in corpus
# is never written to). Exits non-zero when a fuzzer finds a crash, a leak, a hang (10 s for one
# input) or runs out of memory (2 GB); the input that did it is kept in BUILD_DIR/artifacts/ —
# copy it into tests/fuzz/corpus/<reader>/ once fixed, and fuzz_replay_* runs it in every build.
# Exits 77 (a skip for CTest) when clang cannot build a -fsanitize=fuzzer program.
#
# FUZZ_READERS names the targets (default "csv xlsx"; "xls" joins once libfreexl's own out-of-
# bounds reads on crafted files are all refused before it sees them).
#
# The compilers are FUZZ_CC / FUZZ_CXX (default clang / clang++), not CC / CXX, so a CI
# environment that sets CXX=g++ for the main build does not leak into this one.
set -eu

if [ "$#" -ne 3 ]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR SECONDS" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
build=$2
seconds=$3
cc=${FUZZ_CC:-clang}
cxx=${FUZZ_CXX:-clang++}
jobs=${FUZZ_JOBS:-2}

mkdir -p "$build"
build=$(cd "$build" && pwd)

# Can this clang link a libFuzzer program at all (libclang-rt-*-dev installed)?
probe="$build/probe"
mkdir -p "$probe"
printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }' \
    >"$probe/probe.cpp"
if ! "$cxx" -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
        >"$probe/log.txt" 2>&1; then
    echo "SKIP: $cxx cannot build a -fsanitize=fuzzer program:"
    cat "$probe/log.txt"
    exit 77
fi

generator=
if command -v ninja >/dev/null 2>&1; then
    generator="-G Ninja"
fi
# shellcheck disable=SC2086 # $generator is empty or two words
CC="$cc" CXX="$cxx" cmake -S "$src/tests/fuzz/standalone" -B "$build" $generator \
    -DCMAKE_BUILD_TYPE= -DCD_SOURCE_DIR="$src" >"$build/configure.log" 2>&1 || {
    cat "$build/configure.log"
    exit 1
}
cmake --build "$build" -j "$jobs"

# LeakSanitizer: Qt's global statics (locale data, the temporary-file engine, ...) are
# allocated once on first use and are not leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$src/tests/fuzz/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
for reader in ${FUZZ_READERS:-csv xlsx}; do
    target="$build/fuzz_${reader}reader"
    work="$build/corpus/$reader"
    artifacts="$build/artifacts/$reader"
    rm -rf "$work"
    mkdir -p "$work" "$artifacts"
    cp "$src/tests/fuzz/corpus/$reader/"* "$work/"
    dict=
    if [ -f "$src/tests/fuzz/$reader.dict" ]; then
        dict="-dict=$src/tests/fuzz/$reader.dict"
    fi
    echo "== fuzzing the $reader reader for $seconds s"
    # shellcheck disable=SC2086 # $dict is empty or one word
    if "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" $dict "$work" \
            >"$build/fuzz-$reader.log" 2>&1; then
        tail -n 20 "$build/fuzz-$reader.log"
        echo "== $reader: no crash"
    else
        tail -n 80 "$build/fuzz-$reader.log"
        echo "== $reader: FAILED; reproducer(s) in $artifacts:"
        ls -l "$artifacts"
        status=1
    fi
done
exit "$status"
