#!/usr/bin/env bash
# Renders the committed PNG icons from the SVG sources. Run it after changing an SVG:
#   packaging/linux/icons/render-icons.sh
# Needs rsvg-convert (Debian package librsvg2-bin). 16 and 24 px come from the sources redrawn
# on their own pixel grid (src/), every other size from the scalable icon.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

id=io.github.taskdesk.Taskdesk
scalable="hicolor/scalable/apps/$id.svg"

for size in 16 24 32 48 64 128 256 512; do
    source="$scalable"
    if [ -f "src/$id-$size.svg" ]; then
        source="src/$id-$size.svg"
    fi
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "hicolor/${size}x${size}/apps/$id.png" "$source"
done
