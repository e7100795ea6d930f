#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a throwaway gnome-keyring unlocked by a
# non-empty password, HOME and the XDG folders in a temporary directory, and no display: the
# keychain tests talk to a real Secret Service without touching the user's own, and no prompt
# can appear. Mirrors in_private_session in ./dev; TASKDESK_PRIVATE_KEYRING names the
# temporary directory.
set -uo pipefail

tmp="$(mktemp -d -t taskdesk-keyring.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/home" "$tmp/runtime"
mkdir -p "$tmp/home/.config" "$tmp/home/.local/share" "$tmp/home/.cache"

env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u KDE_SESSION_VERSION \
    -u GNOME_DESKTOP_SESSION_ID \
    HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CACHE_HOME="$tmp/home/.cache" TASKDESK_PRIVATE_KEYRING="$tmp" \
    dbus-run-session -- bash -c '
        printf "%s" "taskdesk-throwaway-password" |
            gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        exec "$@"' _ "$@"
