"""The core, the server and the migrations never import Qt.

They run headless: in the command line, on the sync server, in CI without a
screen. Two views of the same rule: a static walk of every import statement
(catches an import hidden in a function that no test calls) and a real import
of every module in a fresh interpreter (catches Qt pulled in through a
third-party or a top-level studyapp module).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADLESS_PACKAGES = ("studyapp.core", "studyapp.server")
HEADLESS_FOLDERS = (ROOT / "studyapp" / "core", ROOT / "studyapp" / "server", ROOT / "migrations")
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "qtpy"})

#: Run in a fresh interpreter: imports every module below the given packages
#: (or just the given modules) and reports which Qt modules got loaded.
IMPORT_ALL = f"""
import importlib, json, pkgutil, sys
imported = []
for name in sys.argv[1:]:
    try:
        package = importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name:
            raise
        continue  # studyapp.server arrives with a later issue
    imported.append(name)
    for module in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):
        importlib.import_module(module.name)
        imported.append(module.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {set(QT_PACKAGES)!r})
print(json.dumps({{"imported": imported, "qt": qt}}))
"""


def python_files() -> Iterator[Path]:
    for folder in HEADLESS_FOLDERS:
        yield from sorted(folder.rglob("*.py"))


def imported_names(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def forbidden(module: str) -> bool:
    # The GUI package counts too: importing it would bring Qt along.
    return module.split(".")[0] in QT_PACKAGES or module.startswith(("studyapp.ui", "studyapp.cli"))


def import_in_fresh_interpreter(*names: str) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_the_static_walk_sees_the_core() -> None:
    files = {path.relative_to(ROOT).as_posix() for path in python_files()}
    assert "studyapp/core/migrate.py" in files
    assert "migrations/env.py" in files


@pytest.mark.parametrize("path", list(python_files()), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_qt_import_statement(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offending = [f"line {line}: {name}" for line, name in imported_names(tree) if forbidden(name)]
    assert not offending, f"{path.relative_to(ROOT)} imports GUI code: {offending}"


@pytest.mark.slow
def test_importing_every_core_module_loads_no_qt() -> None:
    report = import_in_fresh_interpreter(*HEADLESS_PACKAGES)

    assert "studyapp.core.migrate" in report["imported"]
    assert "studyapp.core.accounts.service" in report["imported"]
    assert report["qt"] == []


@pytest.mark.slow
def test_the_command_line_loads_qt_only_for_the_gui() -> None:
    # `studyapp check` and friends must start fast and work on a machine without a display.
    report = import_in_fresh_interpreter("studyapp.cli", "studyapp.__main__")

    assert report["imported"] == ["studyapp.cli", "studyapp.__main__"]
    assert report["qt"] == []
