#!/usr/bin/env bash
# Build StudyApp for macOS: StudyApp.app (PyInstaller BUNDLE) and a .dmg of it.
# Run on a Mac with Python 3.11+ from python.org or Homebrew. The app is
# ad-hoc signed by PyInstaller; set CODESIGN_IDENTITY to sign it for real
# (notarization is a separate step with `xcrun notarytool`, not done here).
#
#   packaging/build_macos.sh            # output in build/packaging/
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${STUDYAPP_BUILD_DIR:-$root/build/packaging}"
python="${PYTHON:-python3}"
venv="$out/venv"

mkdir -p "$out"
# A regular install, not an editable one: the bundle must see the package as a wheel lays it out.
"$python" -m venv --clear "$venv"
"$venv/bin/python" -m pip install -q "$root[packaging]"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$here/studyapp.spec"
app="$out/dist/StudyApp.app"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --sign "$CODESIGN_IDENTITY" "$app"
fi

# Smoke test: the frozen app creates and migrates a database in an empty folder.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$app/Contents/MacOS/studyapp-cli" --data-dir "$scratch/data" check
# ...and the frozen GUI starts (Qt plugins bundled): it prints the marker once its window is painted.
started="$(STUDYAPP_QUIT_AFTER_STARTUP=1 QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/StudyApp" --data-dir "$scratch/gui")"
grep -qx studyapp-startup-complete <<<"$started" || { echo "the frozen GUI did not start" >&2; exit 1; }

version="$("$venv/bin/python" -c 'import studyapp; print(studyapp.__version__)')"
dmg="$out/StudyApp-$version-macos-$(uname -m).dmg"
staging="$scratch/dmg"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "StudyApp $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "App: $app ($(du -sh "$app" | cut -f1))"
echo "Disk image: $dmg ($(du -sh "$dmg" | cut -f1))"
