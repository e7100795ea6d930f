#!/usr/bin/env bash
# CPack builds the .deb from a build tree; the package is named, versioned and depends as
# Debian expects, installs only under /usr, and the app inside it runs.
#   check-deb.sh <build dir> <app id> <version> <1 if the sandbox tool is built, else 0>
set -euo pipefail
build="$1" app_id="$2" version="$3" expect_sandbox="$4"
tmp="$(mktemp -d -t taskdesk-deb.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; echo "FAIL cpack"; exit 1; }

arch="$(dpkg --print-architecture)"
deb="$tmp/out/taskdesk_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    echo "FAIL no $(basename "$deb"); cpack made:"
    ls -l "$tmp/out"
    exit 1
fi

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = taskdesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends="$(field Depends)"
# The first two are added by hand; the Qt libraries show that dpkg-shlibdeps ran.
for dependency in qt6-qpa-plugins libsecret-1-0 libqt6core6 libqt6widgets6; do
    # Entries are separated by ", " and may carry a version constraint.
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" ||
        fail "Depends lacks $dependency: $depends"
done

# Everything lives under /usr.
outside="$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -vE '^\./(usr/.*)?$' || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
expected=(
    "usr/bin/taskdesk"
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "usr/share/doc/taskdesk/copyright"
)
if [ "$expect_sandbox" = 1 ]; then
    expected+=("usr/bin/taskdesk-sandbox")
fi
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "not in the package: $file"
done

output="$(timeout 20 "$root/usr/bin/taskdesk" --version 2>&1)" ||
    fail "packaged taskdesk --version exited with $? and printed: $output"
grep -qF "$version" <<<"$output" ||
    fail "packaged taskdesk --version does not print $version; it printed: $output"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "$(basename "$deb") ($(du -h "$deb" | cut -f1)), Depends: $depends"
