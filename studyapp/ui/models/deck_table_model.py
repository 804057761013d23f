"""The profile's flashcard sets as a Qt table: name, then new / learning / due-today counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from studyapp.core.flashcards.sets import SetCounts

Index = QModelIndex | QPersistentModelIndex
SET_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, TOTAL, NEW, LEARNING, DUE = range(5)


class DeckTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SetCounts] = []

    def set_sets(self, sets: list[SetCounts]) -> None:
        self.beginResetModel()
        self._rows = list(sets)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-word the headers after a language switch, keeping rows and selection."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_at(self, row: int) -> SetCounts:
        return self._rows[row]

    def sets(self) -> list[SetCounts]:
        return list(self._rows)

    def row_of(self, set_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == set_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == NAME else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Set"), self.tr("Cards"), self.tr("New"), self.tr("Learning"),
                  self.tr("Due today"))  # fmt: skip
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == SET_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name if column == NAME else f"{self._count(item, column):,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A zero should read as "nothing", not as data.
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column != NAME
            and not self._count(item, column)
        ):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _count(item: SetCounts, column: int) -> int:
        counts = item.counts
        return {TOTAL: counts.total, NEW: counts.new, LEARNING: counts.learning,
                DUE: counts.due}[column]  # fmt: skip
