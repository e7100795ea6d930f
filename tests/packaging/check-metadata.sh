#!/usr/bin/env bash
# The packaging files agree with each other and with the project: one app ID, one version, one
# executable name, and every icon size the hicolor tree promises.
#   check-metadata.sh <source dir> <app id> <version>
set -euo pipefail
src="$1" app_id="$2" version="$3"
linux="$src/packaging/linux"
desktop="$linux/$app_id.desktop"
metainfo="$linux/$app_id.metainfo.xml"
manifest="$src/packaging/flatpak/$app_id.yml"
failures=0

expect() { # <what> <expected> <actual>
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s: expected "%s", got "%s"\n' "$1" "$2" "$3"
        failures=$((failures + 1))
    fi
}
desktop_key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
xpath() { xmllint --xpath "$1" "$metainfo" 2>/dev/null || true; }

for f in "$desktop" "$metainfo" "$manifest"; do
    [ -f "$f" ] || { echo "FAIL missing $f"; exit 1; }
done

expect "desktop Icon" "$app_id" "$(desktop_key Icon)"
expect "desktop Exec program" taskdesk "$(desktop_key Exec | cut -d' ' -f1)"

expect "metainfo id" "$app_id" "$(xpath 'string(/component/id)')"
expect "metainfo launchable" "$app_id.desktop" "$(xpath 'string(/component/launchable)')"
expect "metainfo binary" taskdesk "$(xpath 'string(/component/provides/binary)')"
expect "metainfo newest release" "$version" "$(xpath 'string(/component/releases/release[1]/@version)')"
expect "metainfo name" "$(desktop_key Name)" "$(xpath 'string(/component/name)')"

expect "flatpak app-id" "$app_id" "$(sed -n 's/^app-id: *//p' "$manifest")"
expect "flatpak command" taskdesk "$(sed -n 's/^command: *//p' "$manifest")"
while read -r sum; do
    if ! [[ "$sum" =~ ^[0-9a-f]{64}$ ]]; then
        printf 'FAIL flatpak sha256 is not a checksum: "%s"\n' "$sum"
        failures=$((failures + 1))
    fi
done < <(sed -n 's/^ *sha256: *//p' "$manifest")

icons="$linux/icons/hicolor"
expect "root element of the scalable icon" svg \
    "$(xmllint --xpath 'name(/*)' "$icons/scalable/apps/$app_id.svg" 2>/dev/null || true)"
for size in 16 24 32 48 64 128 256 512; do
    png="$icons/${size}x${size}/apps/$app_id.png"
    if [ ! -f "$png" ]; then
        printf 'FAIL missing %s\n' "$png"
        failures=$((failures + 1))
        continue
    fi
    expect "size of $png" "PNG image data, $size x $size" \
        "$(file -b "$png" | cut -d, -f1,2)"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "packaging metadata consistent"
