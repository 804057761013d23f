"""What the pilot sees when something unexpected goes wrong: what happened and where the log is."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.ui.message_boxes import Icon, show_message

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_open_box: list[QMessageBox] = []


def crash_text(error: BaseException, log_file: Path) -> str:
    summary = f"{type(error).__name__}: {error}"
    return (
        translate("CrashDialog", "StudyApp ran into an unexpected problem:")
        + f"\n\n{summary}\n\n"
        + translate(
            "CrashDialog",
            "Your data is safe: changes are saved all at once or not at all. "
            "The details were written to the log file:",
        )
        + f"\n{log_file}"
    )


def show_crash_dialog(error: BaseException, log_file: Path) -> QMessageBox | None:
    """One dialog at a time: a burst of errors must not bury the pilot in boxes."""
    if QApplication.instance() is None or any(box.isVisible() for box in _open_box):
        return None
    parent = QApplication.activeWindow()
    box = show_message(
        parent,
        Icon.Critical,
        translate("CrashDialog", "Unexpected problem"),
        crash_text(error, log_file),
    )
    box.setObjectName("crashDialog")
    _open_box[:] = [box]
    box.destroyed.connect(_open_box.clear)
    return box


def make_excepthook(log_file: Path) -> ExceptHook:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        show_crash_dialog(error, log_file)

    return hook


def install_excepthook(log_file: Path) -> None:
    sys.excepthook = make_excepthook(log_file)
