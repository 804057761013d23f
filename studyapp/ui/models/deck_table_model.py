"""The profile's flashcard sets as a Qt table: name, then new / learning / due-today counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from studyapp.core.flashcards.sets import SetCounts
from studyapp.ui.models.rows_model import RowsTableModel

NAME, TOTAL, NEW, LEARNING, DUE = range(5)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DeckTableModel(RowsTableModel[SetCounts]):
    def titles(self) -> tuple[str, ...]:
        return (self.tr("Set"), self.tr("Cards"), self.tr("New"), self.tr("Learning"),
                self.tr("Due today"))  # fmt: skip

    def header_data(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == NAME else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, row: SetCounts, column: int) -> str:
        return row.name if column == NAME else f"{self._count(row, column):,}"

    def cell_data(self, row: SetCounts, column: int, role: int) -> Any:
        if column == NAME:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        # A zero should read as "nothing", not as data.
        if role == Qt.ItemDataRole.ForegroundRole and not self._count(row, column):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _count(item: SetCounts, column: int) -> int:
        counts = item.counts
        return {TOTAL: counts.total, NEW: counts.new, LEARNING: counts.learning,
                DUE: counts.due}[column]  # fmt: skip
