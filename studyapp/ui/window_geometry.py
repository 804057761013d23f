"""Remembering where windows were: QSettings in an INI file inside the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from studyapp.paths import AppPaths

DEFAULT_SIZE = QSize(1100, 720)


def ui_settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, paths: AppPaths, key: str) -> None:
    """Put ``window`` where it was last closed, or at the default size, centred."""
    saved = ui_settings(paths).value(f"{key}/geometry")
    if saved is not None and window.restoreGeometry(saved):
        return
    window.resize(default_size())
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        frame = window.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        window.move(frame.topLeft())


def default_size() -> QSize:
    """1100×720, or less on a small screen (a 1366×768 laptop must show the whole window)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size() * 0.95)


def save_geometry(window: QWidget, paths: AppPaths, key: str) -> None:
    settings = ui_settings(paths)
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.sync()
