"""Guards against Qt binding releases that would crash a long study session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_methods_does_not_leak_references_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 lost one reference to None per void call; on Python 3.11 the
    # count reaches zero after a few thousand answered cards and the process aborts.
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("checkride")
    lost = before - sys.getrefcount(None)
    assert lost < 200, f"{lost} references to None lost in 2,000 Qt calls"
