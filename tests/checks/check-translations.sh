#!/bin/sh
# check-translations.sh LUPDATE SOURCE_DIR: every translatable string of the sources has a
# finished German translation. Runs lupdate on a copy of the .ts so the tree is not touched.
set -eu
lupdate="$1"; src="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for ts in "$src"/translations/*.ts; do
  cp "$ts" "$tmp/"
  copy="$tmp/$(basename "$ts")"
  # The English file holds only the plural forms of the English source strings.
  case "$ts" in *_en.ts) only="-pluralonly"; min=1 ;; *) only=""; min=50 ;; esac
  "$lupdate" -silent -no-obsolete -locations none $only "$src/models" "$src/app" "$src/ui" -ts "$copy" >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  total=$(grep -c '<message' "$copy" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "$(basename "$ts"): $unfinished of $total strings are not translated:"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -n 40
    exit 1
  fi
  if [ "$total" -lt "$min" ]; then
    echo "$(basename "$ts"): only $total strings found; lupdate did not read the sources"
    exit 1
  fi
  echo "$(basename "$ts"): all $total strings translated"
done
