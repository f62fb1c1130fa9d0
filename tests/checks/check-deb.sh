#!/bin/sh
# check-deb.sh BUILD_DIR CPACK: builds the .deb, unpacks it into a scratch root and starts
# both programs from there.
set -eu
build="$1"; cpack="$2"
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
cd "$build"
"$cpack" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb | head -n 1)
[ -n "$deb" ] || { echo "no .deb was built"; exit 1; }
echo "built $(basename "$deb")"
dpkg-deb --info "$deb" | grep -E 'Package:|Version:|Depends:'
dpkg-deb --info "$deb" | grep -q 'Depends:.*libqt6' || { echo "the package declares no Qt dependency"; exit 1; }
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/contractdesk usr/bin/contractdesk-cli usr/share/applications/contractdesk.desktop \
         usr/share/icons/hicolor/scalable/apps/contractdesk.svg; do
  [ -e "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
done
"$root/usr/bin/contractdesk-cli" --version
export HOME="$scratch/home"; mkdir -p "$HOME"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/contractdesk" --smoke-test --demo "$scratch/demo.cdw"
[ -s "$scratch/demo.cdw" ] || { echo "the installed app did not create its demo workspace"; exit 1; }
"$root/usr/bin/contractdesk-cli" export --workspace "$scratch/demo.cdw" \
    --target procore.work_order_contract --format json --out "$scratch/demo.json"
grep -q '"number"' "$scratch/demo.json"
echo "installed package starts and works"
