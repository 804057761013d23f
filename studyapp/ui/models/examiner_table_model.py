"""The examiner directory as a Qt table model (one row per ExaminerSummary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from studyapp.core.gouge.examiners import ExaminerSummary
from studyapp.ui.models.rows_model import RowsTableModel
from studyapp.ui.widgets.gouge_texts import checkride_short, one_decimal, percent

NAME, ORGANISATION, CHECKRIDES, LOCATION, RATING, PASS_RATE, REPORTS = range(7)
_NUMERIC = (RATING, PASS_RATE, REPORTS)


def location_text(examiner: ExaminerSummary) -> str:
    return " · ".join(part for part in (examiner.home_airport, examiner.region) if part)


class ExaminerTableModel(RowsTableModel[ExaminerSummary]):
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Checkrides"),
            self.tr("Location"),
            self.tr("Rating"),
            self.tr("Pass rate"),
            self.tr("Reports"),
        )

    def cell_data(self, row: ExaminerSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        muted = row.stats is None and column in _NUMERIC
        if role == Qt.ItemDataRole.ForegroundRole and muted:
            # "No reports yet" should read as an absence, not as a value.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and column == CHECKRIDES:
            return ", ".join(checkride_short(c) for c in row.checkride_types)
        return None

    def cell_text(self, row: ExaminerSummary, column: int) -> str:
        stats = row.stats
        if column == NAME:
            return row.name
        if column == ORGANISATION:
            return row.organization
        if column == CHECKRIDES:
            return ", ".join(checkride_short(c) for c in row.checkride_types)
        if column == LOCATION:
            return location_text(row)
        if stats is None:
            return self.tr("No reports yet") if column == REPORTS else "—"
        if column == RATING:
            return self.tr("%1 / 5").replace("%1", one_decimal(stats.avg_rating))
        if column == PASS_RATE:
            return percent(stats.avg_pass_rate)
        return str(stats.feedback_count)
