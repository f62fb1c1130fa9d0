#!/bin/sh
# check-layers.sh SOURCE_DIR [QT_HEADERS_DIR]: the layers keep to their doors.
#   ui/      talks to the workspace through WorkspaceSession only: it never includes workspace.h,
#            a QSql* header or QNetworkAccessManager.
#   models/  stands alone: nothing from app/ or ui/, no QtNetwork, QtSql or QtWidgets header.
# QT_HEADERS_DIR (the directory holding QtWidgets/, QtNetwork/, QtSql/) makes the Qt module test
# exact; without it a list of name patterns is used.
# check-layers.sh --self-test: runs the check on a temporary tree, clean and then with offending
# includes, and fails unless it passes and fails where it should.
set -eu

if [ "${1:-}" = "--self-test" ]; then
  self="$0"; qt="${2:-}"
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
  mkdir -p "$tmp/app/storage" "$tmp/app/session" "$tmp/models" "$tmp/ui"
  printf '#pragma once\nclass Workspace {};\n' > "$tmp/app/storage/workspace.h"
  printf '#pragma once\nclass WorkspaceSession;\n' > "$tmp/app/session/workspacesession.h"
  printf '#pragma once\n#include <QString>\n#include <QAbstractTableModel>\n#include "record.h"\n' \
    > "$tmp/models/thing.h"
  printf '#pragma once\n' > "$tmp/models/record.h"
  printf '#include "workspacesession.h"\n#include <QDialog>\n// #include "workspace.h"\n' \
    > "$tmp/ui/dialog.cpp"
  fails=0
  expect() { # expect pass|fail WHAT [TEXT the output must hold]
    out=$("$self" "$tmp" $qt 2>&1) && got=pass || got=fail
    if [ "$got" != "$1" ]; then
      echo "self-test: $2: expected $1, got $got"; echo "$out"; fails=1
    elif [ -n "${3:-}" ] && ! printf '%s\n' "$out" | grep -qF "$3"; then
      echo "self-test: $2: output does not name '$3'"; echo "$out"; fails=1
    fi
  }
  expect pass "clean tree"
  offend() { # offend FILE LINE: the tree with one offending line added fails, naming both
    cp "$tmp/$1" "$tmp/$1.orig"; printf '%s\n' "$2" >> "$tmp/$1"
    expect fail "$1 with $2" "$1: $2"
    mv "$tmp/$1.orig" "$tmp/$1"
  }
  offend ui/dialog.cpp '#include "workspace.h"'
  offend ui/dialog.cpp '#include "../app/storage/workspace.h"'
  offend ui/dialog.cpp '#include <QSqlQuery>'
  offend ui/dialog.cpp '#  include <QtSql/QSqlDatabase>'
  offend ui/dialog.cpp '#include <QNetworkAccessManager>'
  offend models/thing.h '#include "workspacesession.h"'
  offend models/thing.h '#include "workspace.h"'
  offend models/thing.h '#include <QNetworkReply>'
  offend models/thing.h '#include <QtNetwork>'
  offend models/thing.h '#include <QSqlRecord>'
  offend models/thing.h '#include <QWidget>'
  offend models/thing.h '#include <QtWidgets/QTableView>'
  expect pass "clean tree again"
  [ "$fails" -eq 0 ] && echo "check-layers self-test: passes a clean tree, fails every offence"
  exit "$fails"
fi

root="$1"; qt="${2:-}"
cd "$root"
bad=0

# The includes of the C++ files under a directory, as "file<TAB>include line".
includes() {
  find "$1" \( -name '*.cpp' -o -name '*.h' \) -type f | sort | while IFS= read -r f; do
    grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$f" | sed "s|^[[:space:]]*|$f	|"
  done
}
header() { printf '%s\n' "$1" | sed -E 's/^[^<"]*[<"]([^>"]*)[>"].*/\1/'; }
refuse() { echo "layer violation: $1: $2 ($3)"; bad=1; }

# A Qt header of QtNetwork, QtSql or QtWidgets?
qt_module() {
  case "$1" in
    QtNetwork | QtNetwork/* | QtSql | QtSql/* | QtWidgets | QtWidgets/*) return 0 ;;
    Q*/*) return 1 ;;
  esac
  if [ -n "$qt" ] && [ -d "$qt/QtWidgets" ]; then
    for m in QtNetwork QtSql QtWidgets; do
      [ -f "$qt/$m/$1" ] && return 0
    done
    return 1
  fi
  printf '%s\n' "$1" | grep -qE '^(QNetwork|QSql|QSsl|QHttp|QTcp|QUdp|QHostAddress|QLocalSocket|QLocalServer|QDns|QAuthenticator|QWidget|QApplication|QDialog|QMainWindow|QAbstract(Button|ItemView|ScrollArea|Slider|SpinBox)|QTable(View|Widget)|QTree(View|Widget)|QList(View|Widget)|QLabel|QLineEdit|QPushButton|QToolButton|QCheckBox|QComboBox|QMessageBox|QFileDialog|QLayout|QBoxLayout|QHBoxLayout|QVBoxLayout|QGridLayout|QFormLayout|QStyle|QMenu|QToolBar|QStatusBar|QHeaderView|QSplitter|QTabWidget|QScrollArea|QFrame|QProgressBar|QSpinBox|QTextEdit|QPlainTextEdit|QWizard|QDockWidget|QUndoView)([A-Za-z]*)$'
}

# ui/: the session is the one door.
if [ -d ui ]; then
  includes ui | while IFS='	' read -r f line; do
    h=$(header "$line")
    case "$h" in
      workspace.h | */workspace.h) echo "$f	$line	use WorkspaceSession, not Workspace" ;;
      QSql* | QtSql | QtSql/*) echo "$f	$line	storage stays behind WorkspaceSession" ;;
      QNetworkAccessManager | QtNetwork/QNetworkAccessManager)
        echo "$f	$line	use WorkspaceSession::network()" ;;
    esac
  done > "${TMPDIR:-/tmp}/check-layers.$$"
  while IFS='	' read -r f line why; do refuse "$f" "$line" "$why"; done < "${TMPDIR:-/tmp}/check-layers.$$"
  rm -f "${TMPDIR:-/tmp}/check-layers.$$"
fi

# models/: nothing from app/ or ui/, no network, storage or widgets.
if [ -d models ]; then
  ours=$(find app ui \( -name '*.h' -o -name '*.cpp' \) -type f 2>/dev/null | sed 's|.*/||' | sort -u)
  includes models | while IFS='	' read -r f line; do
    h=$(header "$line")
    base=${h##*/}
    case "$line" in
      *'"'*)
        case "$h" in
          app/* | ui/* | */app/* | */ui/*) echo "$f	$line	models/ must not use app/ or ui/"; continue ;;
        esac
        if [ ! -f "models/$h" ] && [ ! -f "$(dirname "$f")/$h" ] \
          && printf '%s\n' "$ours" | grep -qxF "$base"; then
          echo "$f	$line	models/ must not use app/ or ui/"
        fi ;;
      *)
        if qt_module "$h"; then echo "$f	$line	models/ must not use QtNetwork, QtSql or QtWidgets"; fi ;;
    esac
  done > "${TMPDIR:-/tmp}/check-layers.$$"
  while IFS='	' read -r f line why; do refuse "$f" "$line" "$why"; done < "${TMPDIR:-/tmp}/check-layers.$$"
  rm -f "${TMPDIR:-/tmp}/check-layers.$$"
fi

[ "$bad" -eq 0 ] && echo "layers hold: ui/ goes through WorkspaceSession, models/ stands alone"
exit "$bad"
