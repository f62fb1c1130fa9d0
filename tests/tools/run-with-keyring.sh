#!/bin/sh
# run-with-keyring.sh CMD [ARGS...]
# Runs CMD with a private session bus and an unlocked, throw-away gnome-keyring, so that
# QtKeychain talks to a real Secret Service. Waits for the bus name before starting CMD (a
# naive start loses that race now and then).
set -e
export HOME="$(mktemp -d "${TMPDIR:-/tmp}/kc-home.XXXXXX")"
export XDG_RUNTIME_DIR="$HOME/run"; mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
exec dbus-run-session -- sh -c '
  echo -n "test-keyring-pw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i+1)); [ $i -gt 100 ] && { echo "secret service did not appear" >&2; exit 1; }; sleep 0.05
  done
  export CONTRACTDESK_REAL_KEYCHAIN=1
  exec "$@"' sh "$@"
