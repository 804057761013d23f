#!/usr/bin/env bash
# Start StudyApp on a real X server (Xvfb, no window manager), take screenshots
# of the whole screen, and stop everything again. Look at the PNGs afterwards.
#
#   packaging/check_xvfb.sh [OUTPUT_DIR]          # default /tmp/shots/xvfb
#   STUDYAPP_CMD="build/packaging/dist/StudyApp/StudyApp" packaging/check_xvfb.sh   # the frozen app
#
# Two screenshots: welcome.png (empty data folder, first run) and main.png (a
# folder that already has a profile). Needs Debian's xvfb, imagemagick and the
# xcb libraries Qt's xcb platform plugin loads:
#   apt-get install -y xvfb imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/shots/xvfb}"
python="${PYTHON:-$(command -v "$root/.venv/bin/python" /work/venv/bin/python python3 | head -n1)}"
read -r -a app <<<"${STUDYAPP_CMD:-$python -m studyapp}"
settle="${STUDYAPP_SETTLE_SECONDS:-5}"
screen="${STUDYAPP_SCREEN:-1280x800x24}"
display_number="${DISPLAY_NUMBER:-97}"
export DISPLAY=":$display_number"

for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb imagemagick" >&2; exit 2; }
done

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$DISPLAY" -screen 0 "$screen" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [[ -S "/tmp/.X11-unix/X$display_number" ]] && break
    sleep 0.1
done
[[ -S "/tmp/.X11-unix/X$display_number" ]] || { cat "$work/xvfb.log" >&2; exit 1; }

# screenshot NAME DATA_DIR: run the app until it settles, grab the screen, stop the app.
screenshot() {
    local name="$1" data="$2"
    (cd "$root" && QT_QPA_PLATFORM=xcb exec "${app[@]}" --data-dir "$data") >"$work/$name.log" 2>&1 &
    app_pid=$!
    sleep "$settle"
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "StudyApp exited before its screenshot ($name):" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    mkdir -p "$out"
    import -display "$DISPLAY" -window root "$out/$name.png"
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name.png"
    sed 's/^/    app: /' "$work/$name.log"
}

screenshot welcome "$work/first-run"
(cd "$root" && "${app[@]}" --data-dir "$work/with-profile" profiles add \
    pilot@example.com --first-name Jordan --last-name Reyes >/dev/null)
screenshot main "$work/with-profile"
