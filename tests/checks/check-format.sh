#!/bin/sh
# check-format.sh CLANG_FORMAT SOURCE_DIR: every C++ file of ours is clang-format clean.
set -eu
clang_format="$1"; cd "$2"
bad=0
for f in $(git ls-files '*.cpp' '*.h' 2>/dev/null || find app models ui tests -name '*.cpp' -o -name '*.h'); do
  [ -f "$f" ] || continue
  if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not clang-format clean: $f (run: clang-format -i $f)"
    bad=1
  fi
done
[ "$bad" -eq 0 ] && echo "all sources are clang-format clean"
exit "$bad"
