#!/usr/bin/env bash
# `cmake --install` of a build tree into a temporary prefix puts every file of the desktop
# integration where the freedesktop specifications look for it, and the installed app runs.
#   check-install.sh <build dir> <app id> <version> <1 if the sandbox tool is built, else 0>
set -euo pipefail
build="$1" app_id="$2" version="$3" expect_sandbox="$4"
tmp="$(mktemp -d -t taskdesk-install.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/usr"
failures=0
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; echo "FAIL cmake --install"; exit 1; }

expected=(
    "bin/taskdesk"
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/doc/taskdesk/copyright"
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
if [ "$expect_sandbox" = 1 ]; then
    expected+=("bin/taskdesk-sandbox")
fi
for file in "${expected[@]}"; do
    [ -f "$prefix/$file" ] || fail "not installed: $file"
done
[ -x "$prefix/bin/taskdesk" ] || fail "bin/taskdesk is not executable"
# The icon sources and the render script are not part of the icon theme.
if find "$prefix/share/icons" -name '*.sh' -o -name "$app_id-*.svg" | grep -q .; then
    fail "icon sources installed into share/icons"
fi

# What the desktop file names must exist in the installed tree.
desktop="$prefix/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "installed desktop file does not validate"
    exec_program="$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)"
    [ -x "$prefix/bin/$exec_program" ] || fail "Exec=$exec_program is not in bin/"
fi
# validate-tree also checks that the metainfo's launchable desktop file is installed.
appstreamcli validate-tree --no-net "$tmp" >"$tmp/validate-tree.log" 2>&1 ||
    fail "installed tree does not validate: $(cat "$tmp/validate-tree.log")"

# An installed binary must not look for libraries in the build tree.
if readelf -d "$prefix/bin/taskdesk" | grep -E 'RPATH|RUNPATH' | grep -qF "$build"; then
    fail "bin/taskdesk keeps a run path into the build tree"
fi

output="$(timeout 20 "$prefix/bin/taskdesk" --version 2>&1)" ||
    fail "installed taskdesk --version exited with $? and printed: $output"
grep -qF "$version" <<<"$output" ||
    fail "installed taskdesk --version does not print $version; it printed: $output"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "install layout complete; taskdesk --version: $output"
