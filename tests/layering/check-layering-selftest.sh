#!/usr/bin/env bash
# Proves that check-layering.sh can fail: one row per rule (and rows that must pass), each run
# on a temporary tree holding a single file with a single include, against a stand-in QtWidgets
# folder. A failing row must name the file and the line of the include.
#
#   check-layering-selftest.sh <path of check-layering.sh>
set -uo pipefail

checker="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/widgets"
for header in QWidget qwidget.h QLabel qlabel.h QtWidgets; do
    : >"$work/widgets/$header"
done

# expect | file below the tree | include line
rows=(
    'fail|src/gui/lookup/Pane.cpp|#include "core/api/ApiClient.h"'
    'fail|src/gui/newtask/Form.cpp|#include "core/api/ApiRequest.h"'
    'fail|src/gui/widgets/Chip.cpp|#include <QJsonDocument>'
    'fail|src/gui/shell/Window.cpp|#include <QNetworkAccessManager>'
    'fail|src/gui/shell/Window.h|#include <QtNetwork/QNetworkReply>'
    'fail|src/gui/lookup/View.cpp|  #  include <QNetworkReply>'
    'fail|src/core/session/Probe.cpp|#include <QWidget>'
    'fail|src/core/api/Call.h|#include <QtWidgets/QLabel>'
    'fail|src/models/TreeModel.cpp|#include <QtWidgets>'
    'fail|src/models/ListModel.h|#include <qlabel.h>'
    'fail|src/core/domain/Task.cpp|#include "core/api/ApiError.h"'
    'fail|src/core/domain/Task.h|#include "core/session/Session.h"'
    'fail|src/core/domain/Draft.cpp|#include "core/settings/Settings.h"'
    'fail|src/core/api/TasksApi.cpp|#include "core/session/Session.h"'
    'fail|src/core/api/ApiClient.cpp|#include "core/settings/Settings.h"'
    'fail|src/core/settings/Settings.cpp|#include "core/api/ApiConfig.h"'
    'fail|src/core/settings/TokenStore.cpp|#include "core/session/Session.h"'
    'fail|src/core/session/Session.cpp|#include "models/NameDirectory.h"'
    'fail|src/models/OwnersModel.cpp|#include "gui/widgets/ChipList.h"'
    'fail|src/sandbox/SandboxStore.cpp|#include "core/domain/Task.h"'
    'fail|src/sandbox/SandboxRouter.cpp|#include "models/JsonDisplay.h"'
    'fail|src/sandbox/SandboxServer.cpp|#include "gui/shell/MainWindow.h"'
    'fail|src/gui/shell/MainWindow.cpp|#include "sandbox/SandboxServer.h"'
    'fail|src/core/session/Session.cpp|#include "sandbox/SandboxServer.h"'
    'fail|src/models/TaskDetailsModel.cpp|#include "sandbox/SandboxStore.h"'
    'pass|src/gui/lookup/Pane.cpp|#include "core/api/TasksApi.h"'
    'pass|src/gui/widgets/Chip.cpp|#include <QLabel>'
    'pass|src/gui/lookup/View.cpp|#include <QJsonObject>'
    'pass|src/core/session/Session.cpp|#include "core/api/ApiClient.h"'
    'pass|src/core/session/Session.cpp|#include "core/settings/Settings.h"'
    'pass|src/core/api/ApiClient.cpp|#include <QNetworkAccessManager>'
    'pass|src/core/api/TasksApi.cpp|#include "core/domain/Task.h"'
    'pass|src/models/OwnersModel.cpp|#include "core/domain/TaskOwners.h"'
    'pass|src/models/JsonDisplay.cpp|#include <QJsonDocument>'
    'pass|src/app/main.cpp|#include "sandbox/SandboxServer.h"'
    'pass|src/app/main.cpp|#include <QApplication>'
    'pass|src/sandbox/SandboxServer.cpp|#include <QJsonDocument>'
    'pass|src/gui/lookup/Pane.cpp|// #include "core/api/ApiClient.h" is only a comment'
)

failures=0
index=0
for row in "${rows[@]}"; do
    index=$((index + 1))
    IFS='|' read -r expect file include <<<"$row"
    tree="$work/tree$index"
    mkdir -p "$tree/src/$(dirname "${file#src/}")"
    printf '#pragma once\n%s\n' "$include" >"$tree/$file"
    output="$("$checker" --root "$tree" --widgets-dir "$work/widgets" 2>&1)"
    status=$?
    if [ "$expect" = fail ]; then
        if [ "$status" -ne 1 ] || [[ "$output" != *"$file:2:"* ]]; then
            echo "FAIL row $index ($file: $include): expected a report of $file:2, got" \
                "status $status: $output"
            failures=$((failures + 1))
        fi
    elif [ "$status" -ne 0 ]; then
        echo "FAIL row $index ($file: $include): expected no report, got status $status: $output"
        failures=$((failures + 1))
    fi
done

# Known exceptions: one that matches lets the include pass; one that matches nothing fails.
tree="$work/exceptions"
mkdir -p "$tree/src/gui/shell"
printf '#include "core/api/ApiClient.h"\n' >"$tree/src/gui/shell/Dialog.cpp"
printf '# why\nsrc/gui/shell/Dialog.cpp core/api/ApiClient.h\n' >"$work/allow-used.txt"
if ! "$checker" --root "$tree" --widgets-dir "$work/widgets" --allow "$work/allow-used.txt" \
    >/dev/null; then
    echo "FAIL: an include listed as a known exception was reported"
    failures=$((failures + 1))
fi
printf 'src/gui/shell/Gone.cpp core/api/ApiClient.h\n' >>"$work/allow-used.txt"
output="$("$checker" --root "$tree" --widgets-dir "$work/widgets" --allow "$work/allow-used.txt")"
if [ $? -ne 1 ] || [[ "$output" != *"Gone.cpp"* ]]; then
    echo "FAIL: a stale exception was not reported: $output"
    failures=$((failures + 1))
fi

# Arguments that cannot work are refused rather than read as a clean tree.
if "$checker" --root "$work/nowhere" --widgets-dir "$work/widgets" >/dev/null 2>&1; then
    echo "FAIL: a tree without src/ passed"
    failures=$((failures + 1))
fi
if "$checker" --root "$tree" --widgets-dir "$work/none" >/dev/null 2>&1; then
    echo "FAIL: a missing QtWidgets folder passed"
    failures=$((failures + 1))
fi

total=$((${#rows[@]} + 4))
if [ "$failures" -ne 0 ]; then
    echo "check-layering self-test: $failures of $total checks failed"
    exit 1
fi
echo "check-layering self-test: all $total checks passed"
