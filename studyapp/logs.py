"""Logging to a rotating file in the log folder, set up once per process."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from studyapp.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if any(getattr(handler, "studyapp", False) for handler in root.handlers):
        return
    handler = RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.studyapp = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
