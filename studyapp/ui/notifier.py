"""Desktop notifications: a thin layer over the system tray, with a silent stand-in.

Where there is no system tray (the offscreen platform, some Linux desktops)
``make_notifier`` returns a notifier that does nothing, so callers never check.
Tests pass their own recording notifier.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

SHOW_MS = 8000


class Notifier(Protocol):
    def notify(self, title: str, body: str) -> None: ...


class SilentNotifier:
    """For a desktop without a tray: the message is still in the app, just not announced."""

    def notify(self, title: str, body: str) -> None:
        return None


class TrayNotifier(QObject):
    """Shows a tray balloon; the tray icon appears with the first notification."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None

    def notify(self, title: str, body: str) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip("StudyApp")
            self.tray.activated.connect(self._raise_window)
            self.tray.messageClicked.connect(self._raise_window)
        self.tray.show()
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)

    @staticmethod
    def _icon() -> QIcon:
        icon = QApplication.windowIcon()
        return icon if not icon.isNull() else QIcon.fromTheme("mail-message-new")

    @staticmethod
    def _raise_window() -> None:
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "mainWindow" and window.isVisible():
                window.raise_()
                window.activateWindow()


def make_notifier(parent: QObject | None = None) -> Notifier:
    if QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier(parent)
    return SilentNotifier()
