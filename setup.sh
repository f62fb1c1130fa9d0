#!/usr/bin/env bash
# ContractDesk set-up on Debian 12 / Ubuntu 24.04:
#   ./setup.sh run    install what is missing, build, and open the app on a demo workspace
#   ./setup.sh test   install what is missing, build, run every test
#   ./setup.sh build  install what is missing and build everything
# All three configure the build directory the same way, so running one after another never
# rebuilds what is built; `run` builds only the app it opens. Warnings are errors when CI is
# set (as on the CI machine) or WERROR=ON.
# BUILD_DIR (default: build) and JOBS (default: 2) can be set in the environment.
set -euo pipefail

cd "$(dirname "$0")"
mode="${1:-run}"
build_dir="${BUILD_DIR:-build}"
jobs="${JOBS:-2}"

packages=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev libqt6svg6
  qtkeychain-qt6-dev libxlsxwriter-dev libminizip-dev zlib1g-dev libfreexl-dev libsqlite3-dev python3-xlwt
  libxkbcommon-dev fonts-dejavu-core xvfb xauth xdotool imagemagick
  gnome-keyring dbus dbus-x11 clang-format postgresql libqt6sql6-psql
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

werror=OFF
if [ -n "${WERROR:-}" ]; then werror="$WERROR"; elif [ -n "${CI:-}" ]; then werror=ON; fi

# One configuration for every mode: a second call with the same options changes nothing.
configure() {
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCONTRACTDESK_WERROR="$werror" >/dev/null
}

build() {
  cmake --build "$build_dir" -j "$jobs" "$@"
}

case "$mode" in
  run)
    install_packages
    configure
    build --target contractdesk
    demo="$build_dir/demo.cdw"
    echo "Opening the demo workspace $demo"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting under a virtual X server (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/app/contractdesk" --demo "$demo"
    fi
    exec "$build_dir/app/contractdesk" --demo "$demo"
    ;;
  test)
    install_packages
    configure
    build
    # A throw-away session bus with an unlocked gnome-keyring, so keychain tests use a real
    # Secret Service, and a throw-away PostgreSQL server for the team workspace tests (both
    # stopped again however the tests end); widgets render offscreen.
    exec tests/tools/run-with-keyring.sh tests/tools/run-with-postgres.sh \
      ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600
    ;;
  build)
    install_packages
    configure
    build
    ;;
  *)
    echo "usage: $0 [run|test|build]" >&2
    exit 2
    ;;
esac
