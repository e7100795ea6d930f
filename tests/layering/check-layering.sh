#!/usr/bin/env bash
# The layering check: the arrows of docs (app -> gui -> models -> core; domain <- api <- session,
# settings beside; the sandbox apart) as rules on #include lines. Prints every include that
# breaks a rule as `path:line: #include ... (why)` and exits 1; exits 0 when none does.
#
#   check-layering.sh --root DIR --widgets-dir DIR [--allow FILE]
#
# --root         the source tree (its src/ folder is checked)
# --widgets-dir  Qt's QtWidgets include folder: every header in it counts as a widget header
# --allow        known exceptions, one `path include` a line (# starts a comment). An exception
#                that no longer matches anything is an error too, so the list cannot go stale.
set -uo pipefail

root=""
widgets_dir=""
allow_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --root) root="$2"; shift 2 ;;
        --widgets-dir) widgets_dir="$2"; shift 2 ;;
        --allow) allow_file="$2"; shift 2 ;;
        *) echo "check-layering: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$root" ] || [ ! -d "$root/src" ]; then
    echo "check-layering: --root must name a tree with a src/ folder" >&2
    exit 2
fi
if [ -z "$widgets_dir" ] || [ ! -d "$widgets_dir" ]; then
    echo "check-layering: --widgets-dir must name Qt's QtWidgets include folder" >&2
    exit 2
fi

# The rules: the folder a file is in (a prefix of its path below the root), an extended regular
# expression matched against the include's target, and why. WIDGETS stands for any header of
# the QtWidgets folder.
transport='(^|/)(ApiClient\.h|ApiRequest\.h|QJsonDocument|QNetworkAccessManager|QNetworkReply)(\.h)?$|^QtNetwork(/QtNetwork)?$'
rules=(
    "src/gui/|$transport|gui talks to Session and the models, never to the transport or JSON"
    "src/core/|WIDGETS|core never includes a widget header"
    "src/models/|WIDGETS|models never include a widget header"
    "src/core/|^(gui|models)/|core knows nothing of models or gui"
    "src/models/|^gui/|models know nothing of gui"
    "src/core/domain/|^core/(api|session|settings)/|domain values stand below api, session and settings"
    "src/core/api/|^core/(session|settings)/|api stands below session and beside settings"
    "src/core/settings/|^core/(api|session)/|settings stand beside api and below session"
    "src/sandbox/|^(core|models|gui|app)/|the sandbox shares no code with the client"
    "src/core/|^sandbox/|only the app and the tests may use the sandbox"
    "src/models/|^sandbox/|only the app and the tests may use the sandbox"
    "src/gui/|^sandbox/|only the app and the tests may use the sandbox"
)

# Every header name in the QtWidgets folder, as "QLabel" and "qlabel.h".
declare -A widget_headers=()
while IFS= read -r name; do
    widget_headers["$name"]=1
done < <(find "$widgets_dir" -maxdepth 1 -type f -printf '%f\n')

is_widget_header() {
    local target="$1" base
    case "$target" in
        QtWidgets | QtWidgets/*) return 0 ;;
    esac
    base="${target##*/}"
    # A header of another module that shares a name (none today) is told apart by its folder.
    case "$target" in
        QtCore/* | QtGui/* | QtNetwork/*) return 1 ;;
    esac
    [ -n "${widget_headers[$base]:-}" ]
}

declare -A allowed=()
declare -A allowed_used=()
if [ -n "$allow_file" ]; then
    while IFS= read -r line; do
        line="${line%%#*}"
        read -r path target _ <<<"$line"
        [ -z "${path:-}" ] && continue
        allowed["$path $target"]=1
    done <"$allow_file"
fi

status=0
cd "$root" || exit 2
while IFS= read -r -d '' file; do
    line_number=0
    while IFS= read -r text || [ -n "$text" ]; do
        line_number=$((line_number + 1))
        [[ "$text" =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*[\<\"]([^\>\"]+)[\>\"] ]] || continue
        target="${BASH_REMATCH[1]}"
        for rule in "${rules[@]}"; do
            # The pattern itself may hold '|': it is everything between the first and last field.
            folder="${rule%%|*}"
            why="${rule##*|}"
            pattern="${rule#*|}"
            pattern="${pattern%|*}"
            [[ "$file" == "$folder"* ]] || continue
            if [ "$pattern" = WIDGETS ]; then
                is_widget_header "$target" || continue
            else
                [[ "$target" =~ $pattern ]] || continue
            fi
            if [ -n "${allowed["$file $target"]:-}" ]; then
                allowed_used["$file $target"]=1
                continue
            fi
            echo "$file:$line_number: ${text#"${text%%[![:space:]]*}"} ($why)"
            status=1
        done
    done <"$file"
done < <(find src -type f \( -name '*.h' -o -name '*.cpp' -o -name '*.hpp' -o -name '*.cc' \) \
    -print0 | sort -z)

for entry in "${!allowed[@]}"; do
    if [ -z "${allowed_used[$entry]:-}" ]; then
        echo "$allow_file: the exception \"$entry\" matches nothing any more: remove it"
        status=1
    fi
done

if [ "$status" -eq 0 ]; then
    echo "check-layering: every include follows the arrows"
fi
exit "$status"
