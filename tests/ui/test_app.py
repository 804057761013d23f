"""The GUI entry point as a process: start-up hook, refused databases, the crash dialog."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.paths import AppPaths
from studyapp.ui.crash_dialog import make_excepthook
from studyapp.ui.startup_probe import ENV, MARKER

pytestmark = pytest.mark.slow


def launch(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_start_up_hook_on_first_launch_and_with_a_profile(
    paths: AppPaths, database: Database
) -> None:
    first = launch(paths.data_dir)
    assert (first.returncode, first.stdout.strip()) == (0, MARKER), first.stderr
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    later = launch(paths.data_dir)
    assert (later.returncode, later.stdout.strip()) == (0, MARKER), later.stderr
    assert accounts.last_used_profile(database) is not None  # it really opened the profile


def test_a_database_from_a_newer_version_is_refused_and_untouched(paths: AppPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    result = launch(paths.data_dir)
    assert result.returncode == 1
    assert "newer version of StudyApp" in result.stderr
    assert MARKER not in result.stdout
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_an_unexpected_error_is_logged_and_explained(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_file = tmp_path / "logs" / "studyapp.log"
    hook = make_excepthook(log_file)
    try:
        raise RuntimeError("the flux capacitor is empty")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            hook(type(error), error, error.__traceback__)
    assert "the flux capacitor is empty" in caplog.text
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "the flux capacitor is empty" in boxes[0].text()
    assert str(log_file) in boxes[0].text()
    boxes[0].close()
