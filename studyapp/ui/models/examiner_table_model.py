"""The examiner directory as a Qt table model (one row per ExaminerSummary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from studyapp.core.gouge.examiners import ExaminerSummary
from studyapp.ui.widgets.gouge_texts import checkride_short, one_decimal, percent

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ORGANISATION, CHECKRIDES, LOCATION, RATING, PASS_RATE, REPORTS = range(7)
_NUMERIC = (RATING, PASS_RATE, REPORTS)


def location_text(examiner: ExaminerSummary) -> str:
    return " · ".join(part for part in (examiner.home_airport, examiner.region) if part)


class ExaminerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ExaminerSummary] = []

    def set_examiners(self, examiners: list[ExaminerSummary]) -> None:
        self.beginResetModel()
        self._rows = list(examiners)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-word headers and cells after a language switch, keeping rows and selection."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def examiner(self, row: int) -> ExaminerSummary:
        return self._rows[row]

    def row_of(self, examiner_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == examiner_id), -1)

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
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Checkrides"),
            self.tr("Location"),
            self.tr("Rating"),
            self.tr("Pass rate"),
            self.tr("Reports"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        examiner = self._rows[index.row()]
        if role == SUMMARY_ROLE:
            return examiner
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(examiner, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        muted = examiner.stats is None and index.column() in _NUMERIC
        if role == Qt.ItemDataRole.ForegroundRole and muted:
            # "No reports yet" should read as an absence, not as a value.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHECKRIDES:
            return ", ".join(checkride_short(c) for c in examiner.checkride_types)
        return None

    def _text(self, examiner: ExaminerSummary, column: int) -> str:
        stats = examiner.stats
        if column == NAME:
            return examiner.name
        if column == ORGANISATION:
            return examiner.organization
        if column == CHECKRIDES:
            return ", ".join(checkride_short(c) for c in examiner.checkride_types)
        if column == LOCATION:
            return location_text(examiner)
        if stats is None:
            return self.tr("No reports yet") if column == REPORTS else "—"
        if column == RATING:
            return self.tr("%1 / 5").replace("%1", one_decimal(stats.avg_rating))
        if column == PASS_RATE:
            return percent(stats.avg_pass_rate)
        return str(stats.feedback_count)
