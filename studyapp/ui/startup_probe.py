"""The start-up benchmark hook: STUDYAPP_QUIT_AFTER_STARTUP=1 quits once the first screen paints.

Prints ``studyapp-startup-complete`` on stdout first, so a benchmark measures
the time from launch to a painted window, not just to a created one.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "STUDYAPP_QUIT_AFTER_STARTUP"
MARKER = "studyapp-startup-complete"


def wanted() -> bool:
    return os.environ.get(ENV) == "1"


class StartupProbe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            # After this paint has finished, not in the middle of it.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        if sys.stdout is not None:  # None in a windowed (no console) Windows build
            sys.stdout.write(MARKER + "\n")
            sys.stdout.flush()
        self._app.exit(0)
