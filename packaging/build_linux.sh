#!/usr/bin/env bash
# Build StudyApp for Linux: a one-folder bundle, a .tar.gz of it, and an AppImage
# when appimagetool is already on PATH (no Debian package or PyPI project ships
# it, and this script downloads no binaries).
#
#   packaging/build_linux.sh            # output in build/packaging/
#   PYTHON=python3.12 STUDYAPP_BUILD_DIR=/tmp/out packaging/build_linux.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${STUDYAPP_BUILD_DIR:-$root/build/packaging}"
python="${PYTHON:-python3}"
venv="$out/venv"

mkdir -p "$out"
# A regular install, not an editable one: the bundle must see the package as a
# wheel lays it out (studyapp/migrations, studyapp/resources inside the package).
"$python" -m venv --clear "$venv"
"$venv/bin/python" -m pip install -q "$root[packaging]"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$here/studyapp.spec"
bundle="$out/dist/StudyApp"

# Smoke test: the frozen app creates and migrates a database in an empty folder.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$bundle/studyapp-cli" --data-dir "$scratch/data" check
# ...and the frozen GUI starts (Qt plugins bundled): it prints the marker once its window is painted.
started="$(STUDYAPP_QUIT_AFTER_STARTUP=1 QT_QPA_PLATFORM=offscreen "$bundle/StudyApp" --data-dir "$scratch/gui")"
grep -qx studyapp-startup-complete <<<"$started" || { echo "the frozen GUI did not start" >&2; exit 1; }

version="$("$venv/bin/python" -c 'import studyapp; print(studyapp.__version__)')"
name="StudyApp-$version-linux-$(uname -m)"
tar -C "$out/dist" -czf "$out/$name.tar.gz" StudyApp
echo "Bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "Archive: $out/$name.tar.gz ($(du -sh "$out/$name.tar.gz" | cut -f1))"

if command -v appimagetool >/dev/null 2>&1; then
    appdir="$out/StudyApp.AppDir"
    rm -rf "$appdir" && mkdir -p "$appdir/usr/bin"
    cp -a "$bundle" "$appdir/usr/bin/"
    cp "$here/linux/studyapp.desktop" "$appdir/"
    cp "$here/linux/studyapp.svg" "$appdir/"
    printf '#!/bin/sh\nexec "$(dirname "$0")/usr/bin/StudyApp/StudyApp" "$@"\n' >"$appdir/AppRun"
    chmod +x "$appdir/AppRun"
    ARCH="$(uname -m)" appimagetool "$appdir" "$out/$name.AppImage"
    echo "AppImage: $out/$name.AppImage"
else
    echo "AppImage: skipped (appimagetool is not on PATH)"
fi
