"""History of past orals and readiness per ACS area and task (views only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.oral.acs import AcsDocument
from studyapp.core.oral.readiness import AreaReadiness
from studyapp.core.oral.results import HistoryEntry
from studyapp.ui.models.oral_table_models import HistoryModel, ReadinessModel
from studyapp.ui.widgets.oral_texts import acs_label
from studyapp.ui.widgets.retranslating import Retranslating


def _table(parent: QWidget, name: str, model: object, stretch: int = 0) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    return table


class OralHistoryView(Retranslating, QWidget):
    open_requested = Signal(int)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oralHistory")
        self.model = HistoryModel(self)
        self.table = _table(self, "oralHistoryTable", self.model, stretch=1)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self)
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Past mock orals"))
        self.model.set_entries(self.model.entries)  # dates and ACS names re-worded
        self._empty_text()

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        self._empty_text()

    def _empty_text(self) -> None:
        self.empty.setText(
            self.tr("Double-click an oral to see its results.")
            if self.model.entries else self.tr("No finished mock orals yet."))  # fmt: skip

    def _open(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.entries):
            self.open_requested.emit(self.model.entries[row].session_id)


class OralReadinessView(Retranslating, QWidget):
    acs_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oralReadiness")
        self.model = ReadinessModel(self)
        self.acs = QComboBox(self)
        self.acs.setObjectName("oralReadinessAcs")
        self.acs.currentIndexChanged.connect(lambda _i: self.acs_changed.emit(self.acs_id()))
        self.table = _table(self, "oralReadinessTable", self.model)
        self.explain = QLabel(self)
        self.explain.setProperty("role", "muted")
        self.explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.acs)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.acs.setAccessibleName(self.tr("ACS"))
        self.table.setAccessibleName(self.tr("Readiness by area and task"))
        self.explain.setText(self.tr(
            "Readiness mixes your latest mock oral grade for each question of a task "
            "(Satisfactory 100 %, Needs work 50 %, Unsatisfactory or skipped 0 %) with how well "
            "you remember the flashcards carrying the same ACS codes. Study the tasks below "
            "70 % first; — means no data yet."))  # fmt: skip
        self.model.retranslate()
        for index in range(self.acs.count()):
            self.acs.setItemText(index, acs_label(self.acs.itemData(index)))

    def set_documents(self, documents: list[AcsDocument]) -> None:
        self.acs.blockSignals(True)
        self.acs.clear()
        for document in documents:
            self.acs.addItem(acs_label(document.acs_id), document.acs_id)
        self.acs.blockSignals(False)

    def acs_id(self) -> str:
        return self.acs.currentData() or ""

    def set_areas(self, areas: tuple[AreaReadiness, ...]) -> None:
        self.model.set_areas(areas)
