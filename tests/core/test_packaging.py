"""The built wheel, installed into a fresh virtual environment, runs on its own.

An editable install finds migrations/ and resources/ in the checkout, so it can
hide a wheel that forgot them. These tests build the wheel from a copy of the
source tree, install it into a new virtual environment (dependencies come from
the package index) and drive the installed ``studyapp`` command against empty
data folders. One wheel and one environment serve the whole module.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from studyapp.core.migrate import head_revision
from studyapp.core.models import Base

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"

#: Every table of ../shared/seed-models.md, by the name that page gives it.
SEED_TABLES = frozenset(
    {
        "custom_user",
        "user_preferences",
        "conversation",
        "message",
        "participant",
        "flashcard_category",
        "flashcard_set",
        "flashcard",
        "flashcard_usage",
        "mock_oral_section",
        "mock_oral_session",
        "examiner_profile",
        "gouge",
        "profile",
        "notification",
        "user_activity",
        "performance_metric",
    }
)

# Building in place would leave build/ and egg-info in the shared working tree.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
)


@dataclass(frozen=True)
class InstalledApp:
    """A fresh virtual environment with the wheel installed in it."""

    root: Path

    @property
    def python(self) -> Path:
        return self.root / ("Scripts/python.exe" if WINDOWS else "bin/python")

    def launcher(self) -> list[str]:
        # On Windows the gui-script launcher has no console to print to.
        if WINDOWS:
            return [str(self.python), "-m", "studyapp"]
        return [str(self.root / "bin" / "studyapp")]

    def studyapp(self, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*self.launcher(), "--data-dir", str(data_dir), *args]
        return run(command, cwd=data_dir.parent)


def clean_environment() -> dict[str, str]:
    """This process's environment without anything that would point at the checkout."""
    leaks = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "STUDYAPP_DATA_DIR"}
    return {key: value for key, value in os.environ.items() if key not in leaks}


def run(command: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def succeeded(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist")]
    succeeded(run(command, cwd=source))
    (built,) = (work / "dist").glob("studyapp-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> InstalledApp:
    app = InstalledApp(tmp_path_factory.mktemp("venv") / "env")
    work = app.root.parent
    succeeded(run([sys.executable, "-m", "venv", str(app.root)], cwd=work))
    # --no-compile: byte-compiling every dependency up front is most of pip's time here.
    install = [str(app.python), "-m", "pip", "install", "-q", "--no-compile", str(wheel)]
    succeeded(run(install, cwd=work))
    return app


@pytest.fixture
def empty_data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_wheel_ships_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "studyapp/migrations/versions/0001_seed_schema.py" in names
    assert "studyapp/migrations/env.py" in names
    assert "studyapp/migrations/script.py.mako" in names
    assert any(name.startswith("studyapp/resources/") for name in names)
    # Compiled translations, so a language switch works without Qt's tools installed.
    assert any(PurePosixPath(name).match("studyapp/resources/i18n/*.qm") for name in names)


def test_installed_package_is_the_wheel_not_the_checkout(installed: InstalledApp) -> None:
    code = "import studyapp, studyapp.migrations as m; print(studyapp.__file__); print(m.__file__)"
    result = succeeded(run([str(installed.python), "-c", code], cwd=installed.root))
    for location in result.stdout.split():
        assert Path(location).resolve().is_relative_to(installed.root.resolve())


def test_check_creates_every_seed_table_on_an_empty_folder(
    installed: InstalledApp, empty_data_dir: Path
) -> None:
    result = succeeded(installed.studyapp(empty_data_dir, "check"))

    assert f"Schema revision: {head_revision()}" in result.stdout
    assert "Integrity: ok" in result.stdout
    with sqlite3.connect(empty_data_dir / "studyapp.sqlite3") as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert not SEED_TABLES - tables, f"missing: {sorted(SEED_TABLES - tables)}"
    assert revision == head_revision()


def test_installed_schema_has_every_field_of_the_models(
    installed: InstalledApp, empty_data_dir: Path
) -> None:
    succeeded(installed.studyapp(empty_data_dir, "check"))

    with sqlite3.connect(empty_data_dir / "studyapp.sqlite3") as conn:
        for table in Base.metadata.sorted_tables:
            columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
            assert columns == set(table.columns.keys()), table.name


def test_profiles_add_then_list(installed: InstalledApp, empty_data_dir: Path) -> None:
    added = succeeded(
        installed.studyapp(
            empty_data_dir,
            "profiles",
            "add",
            "cfi@example.com",
            "--first-name",
            "Amelia",
            "--last-name",
            "Earhart",
        )
    )
    listed = succeeded(installed.studyapp(empty_data_dir, "profiles", "list"))

    assert "cfi@example.com" in added.stdout
    assert "cfi@example.com" in listed.stdout
    assert "Amelia" in listed.stdout


def test_check_refuses_a_file_that_is_not_a_database(
    installed: InstalledApp, empty_data_dir: Path
) -> None:
    garbage = b"not a database, just some bytes a pilot copied here by mistake\n" * 64
    (empty_data_dir / "studyapp.sqlite3").write_bytes(garbage)

    result = installed.studyapp(empty_data_dir, "check")

    assert result.returncode != 0
    assert "studyapp:" in result.stderr
    assert (empty_data_dir / "studyapp.sqlite3").read_bytes() == garbage
