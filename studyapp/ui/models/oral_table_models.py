"""Tables of the mock oral: past sessions, readiness per area and task, results per area."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from studyapp.core.oral.readiness import AreaReadiness
from studyapp.core.oral.results import GroupResult, HistoryEntry
from studyapp.ui.widgets.oral_texts import acs_label, mode_label, percent

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class _Table(QAbstractTableModel):
    """Rows of plain tuples; subclasses say what the columns are called."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []
        self._bold: set[int] = set()
        self._colours: dict[tuple[int, int], QColor] = {}

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list[tuple[Any, ...]], bold: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows, self._bold = rows, bold or set()
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.FontRole and index.row() in self._bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colours.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class HistoryModel(_Table):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def headers(self) -> list[str]:
        return [
            translate("OralTables", "Finished"),
            translate("OralTables", "ACS"),
            translate("OralTables", "Questions from"),
            translate("OralTables", "Duration"),
            translate("OralTables", "Score"),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.set_rows([self._row(e) for e in entries])

    @staticmethod
    def _row(entry: HistoryEntry) -> tuple[Any, ...]:
        finished = entry.completed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        areas = " ".join(code.split(".", 1)[1] for code in entry.area_codes)
        source = mode_label(entry.mode) if entry.mode != "areas" else areas
        minutes = translate("OralTables", "%1 min").replace("%1", str(entry.duration))
        return (finished, acs_label(entry.acs_id), source, minutes, entry.score)


# Mid-tone red and green that read on both the light and the dark palette.
WEAK, READY = QColor("#d64541"), QColor("#2e9d5b")


class ReadinessModel(_Table):
    """Each area (bold) followed by its tasks; a task's readiness is red when weak."""

    def headers(self) -> list[str]:
        return [
            translate("OralTables", "Area / task"),
            translate("OralTables", "Readiness"),
            translate("OralTables", "Oral"),
            translate("OralTables", "Questions"),
            translate("OralTables", "Flashcards"),
            translate("OralTables", "Cards"),
        ]

    def set_areas(self, areas: tuple[AreaReadiness, ...]) -> None:
        rows: list[tuple[Any, ...]] = []
        bold: set[int] = set()
        colours: dict[tuple[int, int], QColor] = {}
        for area in areas:
            bold.add(len(rows))
            rows.append((f"{area.numeral}. {area.name}", percent(area.readiness), "", "", "", ""))
            for task in area.tasks:
                letter = task.code.rsplit(".", 1)[1]
                if task.readiness is not None:
                    colours[(len(rows), 1)] = WEAK if task.weak else READY
                rows.append((
                    f"    {letter}. {task.name}", percent(task.readiness), percent(task.oral),
                    task.oral_questions, percent(task.cards), task.card_count,
                ))  # fmt: skip
        self.set_rows(rows, bold)
        self._colours = colours


class GroupResultModel(_Table):
    """Results of one session by area or by task."""

    def headers(self) -> list[str]:
        return [
            translate("OralTables", "Area / task"),
            translate("OralTables", "Score"),
            translate("OralTables", "S"),
            translate("OralTables", "Needs work"),
            translate("OralTables", "U"),
            translate("OralTables", "Skipped"),
        ]

    def set_groups(self, areas: tuple[GroupResult, ...], tasks: tuple[GroupResult, ...]) -> None:
        rows: list[tuple[Any, ...]] = []
        bold: set[int] = set()
        # Only what was asked: a time-limited oral plans more than it reaches.
        for area in (a for a in areas if a.tally.asked):
            bold.add(len(rows))
            rows.append(self._row(area.code, area))
            for task in tasks:
                if task.code.startswith(area.code + ".") and task.tally.asked:
                    rows.append(self._row("    " + task.code, task))
        self.set_rows(rows, bold)

    @staticmethod
    def _row(label: str, group: GroupResult) -> tuple[Any, ...]:
        t = group.tally
        asked = t.asked
        score = f"{t.score}" if asked else "—"
        return (f"{label} {group.name}", score, t.satisfactory, t.needs_work, t.unsatisfactory,
                t.skipped)  # fmt: skip
