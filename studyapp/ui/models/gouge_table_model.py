"""An examiner's gouge as a Qt table model, newest first (the order the core returns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.gouge.service import GougeEntry
from studyapp.ui.widgets.gouge_texts import checkride_short, difficulty_label, outcome_label

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DATE, CHECKRIDE, RESULT, RATING, FLIGHT, ORAL, AUTHOR = range(7)


class GougeTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GougeEntry] = []

    def set_entries(self, entries: list[GougeEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-word headers and cells after a language switch, keeping rows and selection."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def entry(self, row: int) -> GougeEntry:
        return self._rows[row]

    def row_of(self, gouge_id: int) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == gouge_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"),
            self.tr("Checkride"),
            self.tr("Result"),
            self.tr("Rating"),
            self.tr("Flight"),
            self.tr("Oral"),
            self.tr("Written by"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        return None

    def author_text(self, entry: GougeEntry) -> str:
        if entry.is_mine:
            return self.tr("You (anonymous)") if entry.is_anonymous else self.tr("You")
        return entry.author_name or self.tr("Anonymous")

    def _text(self, entry: GougeEntry, column: int) -> str:
        texts = {
            # Day, month name, year: unambiguous whatever the locale's numeric order.
            DATE: lambda: QLocale().toString(entry.gouge_date, "d MMM yyyy"),
            CHECKRIDE: lambda: checkride_short(entry.checkride_type),
            RESULT: lambda: outcome_label(entry.pass_or_fail),
            RATING: lambda: self.tr("%1 / 5").replace("%1", str(entry.rating)),
            FLIGHT: lambda: difficulty_label(entry.flight_difficulty),
            ORAL: lambda: difficulty_label(entry.oral_difficulty),
            AUTHOR: lambda: self.author_text(entry),
        }
        return texts[column]()
