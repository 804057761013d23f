"""Fixtures shared by every test: a real data folder and a real, migrated SQLite database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: the tests drive real widgets without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from studyapp.core.db import Database
from studyapp.core.startup import open_database
from studyapp.paths import AppPaths, resolve_paths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data").ensure()


@pytest.fixture
def database(paths: AppPaths) -> Iterator[Database]:
    db = open_database(paths)
    yield db
    db.close()
