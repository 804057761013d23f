"""Refresh the translations after changing texts in the GUI.

    python -m studyapp.ui.i18n_update

1. pyside6-lupdate collects every ``tr()`` / ``translate()`` text of studyapp/ui
   into resources/i18n/studyapp_<lang>.ts (new texts arrive as "unfinished",
   texts no longer in the code are dropped);
2. translate the unfinished ones (Qt Linguist: ``pyside6-linguist FILE.ts``, or
   edit the XML);
3. run this again: pyside6-lrelease compiles the .ts into the .qm the app loads.

tests/ui/test_translations.py fails until every text is translated and the .qm
is current. ``--check`` lists what is missing without writing anything.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from studyapp.paths import resource

UI_FOLDER = Path(__file__).resolve().parent
# resources/i18n in a checkout (editable install), studyapp/resources/i18n in a wheel.
I18N_FOLDER = Path(str(resource("i18n")))
LANGUAGES = ("es",)

Message = tuple[str, str]  # (context, source text)


def tool(name: str) -> str:
    """A PySide6 tool from this Python's environment (the venv's bin/ or Scripts/)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6-Essentials in this environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in UI_FOLDER.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(language: str) -> Path:
    return I18N_FOLDER / f"studyapp_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_FOLDER / f"studyapp_{language}.qm"


def run_lupdate(ts: Path) -> None:
    files = [str(p) for p in source_files()]
    command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete", "-ts"]
    subprocess.run([*command, str(ts)], check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def messages(ts: Path) -> dict[Message, str | None]:
    """Each message of ``ts`` with its translation, or None while it is unfinished or empty."""
    found: dict[Message, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = _translation_text(translation)
            unfinished = translation is None or translation.get("type") == "unfinished"
            found[(name, message.findtext("source", ""))] = None if unfinished else text
    return found


def _translation_text(translation: ET.Element | None) -> str | None:
    if translation is None:
        return None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    text = " | ".join(forms) if forms else (translation.text or "")
    return text or None


def texts_in_code() -> set[Message]:
    """Every translatable text lupdate finds in studyapp/ui right now."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(fresh)
        return set(messages(fresh))


def untranslated(language: str) -> list[Message]:
    """Texts in the code that ``language`` lacks or has not finished translating."""
    known = messages(ts_file(language))
    return sorted(m for m in texts_in_code() if known.get(m) is None)


def update(language: str) -> list[Message]:
    ts = ts_file(language)
    run_lupdate(ts)
    run_lrelease(ts, qm_file(language))
    return untranslated(language)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check", action="store_true", help="only list untranslated texts")
    args = parser.parse_args(argv)
    missing_any = False
    for language in LANGUAGES:
        missing = untranslated(language) if args.check else update(language)
        for context, source in missing:
            print(f"{language}: untranslated [{context}] {source!r}")
        missing_any = missing_any or bool(missing)
        if not args.check:
            print(f"updated {ts_file(language)} and {qm_file(language)}")
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
