"""One examiner: who they are, what the gouge adds up to, and the reports themselves.

Layout and signals only; the page loads data and reacts. With no reports the
statistics say so ("No reports yet") instead of showing zeros.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.gouge.aggregates import Breakdown
from studyapp.core.gouge.checkrides import CHECKRIDE_TYPES
from studyapp.core.gouge.examiners import ExaminerDetail, ExaminerSummary
from studyapp.core.gouge.service import GougeEntry
from studyapp.ui.models.examiner_table_model import location_text
from studyapp.ui.models.gouge_table_model import GougeTableModel
from studyapp.ui.widgets.charts import BAD, FAIR, GOOD, BarRow, Segment, StackedBarChart
from studyapp.ui.widgets.gouge_detail import GougeDetailView
from studyapp.ui.widgets.gouge_stats import StatsPanel
from studyapp.ui.widgets.gouge_texts import checkride_label, checkride_short
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.row_table import row_table


class ExaminerDetailView(Retranslating, QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    write_requested = Signal()
    filter_changed = Signal(object)  # checkride code or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examinerDetailView")
        self.detail: ExaminerDetail | None = None
        self.gouge_model = GougeTableModel(self)
        self._build()
        self.retranslate()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        summary = QHBoxLayout()
        self.stats = StatsPanel(self)
        summary.addWidget(self.stats, 3, Qt.AlignmentFlag.AlignTop)
        self.chart = StackedBarChart(self)
        self.chart.setObjectName("examinerChart")
        summary.addWidget(self.chart, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(summary)
        layout.addLayout(self._gouge_bar())
        layout.addWidget(self._gouge_split(), 1)

    def _header(self) -> QVBoxLayout:
        self.back_button = self._button("backToDirectoryButton")
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = self._button("editExaminerButton")
        self.edit_button.clicked.connect(self.edit_requested)
        self.write_button = self._button("writeGougeButton")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_requested)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("examinerName")
        self.name_label.setProperty("role", "title")
        self.facts_label = QLabel(self)
        self.facts_label.setProperty("role", "muted")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch()
        top.addWidget(self.edit_button)
        top.addWidget(self.write_button)
        header = QVBoxLayout()
        header.addLayout(top)
        header.addWidget(self.name_label)
        header.addWidget(self.facts_label)
        return header

    def _gouge_bar(self) -> QHBoxLayout:
        self.gouge_title = QLabel(self)
        self.gouge_title.setProperty("role", "heading")
        self.gouge_filter = QComboBox(self)
        self.gouge_filter.setObjectName("gougeCheckrideFilter")
        self.gouge_filter.addItem("", None)
        for code in CHECKRIDE_TYPES:
            self.gouge_filter.addItem(code, code)
        self.gouge_filter.currentIndexChanged.connect(
            lambda _i: self.filter_changed.emit(self.gouge_filter.currentData())
        )
        bar = QHBoxLayout()
        bar.addWidget(self.gouge_title)
        bar.addStretch()
        bar.addWidget(self.gouge_filter)
        return bar

    def _gouge_split(self) -> QWidget:
        self.gouge_table = row_table(self, "gougeTable", self.gouge_model)
        header = self.gouge_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.gouge_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.gouge_empty = QLabel(self)
        self.gouge_empty.setObjectName("gougeEmpty")
        self.gouge_empty.setProperty("role", "muted")
        self.gouge_empty.setWordWrap(True)
        self.gouge_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gouge_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.gouge_detail = GougeDetailView(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("gougeSplitter")
        split.addWidget(self.gouge_table)
        split.addWidget(self.gouge_detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.gouge_split = split
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gouge_empty)
        layout.addWidget(split, 1)
        return column

    def show_examiner(self, detail: ExaminerDetail) -> None:
        self.detail = detail
        self.stats.show_stats(detail.examiner.stats)
        # With no reports at all the statistics card says so; a list header would be noise.
        has_reports = detail.examiner.stats is not None
        self.gouge_title.setVisible(has_reports)
        self.gouge_filter.setVisible(has_reports)
        if not has_reports:  # a hidden filter must not keep hiding reports written later
            self.gouge_filter.blockSignals(True)
            self.gouge_filter.setCurrentIndex(0)
            self.gouge_filter.blockSignals(False)
        self._update_header()
        self._update_chart()

    def _update_header(self) -> None:
        if self.detail is None:
            return
        examiner = self.detail.examiner
        self.name_label.setText(examiner.name)
        self.facts_label.setText(self._facts(examiner))

    def _facts(self, examiner: ExaminerSummary) -> str:
        n = examiner.years_of_experience
        years = (
            self.tr("1 year as examiner")
            if n == 1
            else self.tr("%1 years as examiner").replace("%1", str(n))
        )
        first = [examiner.organization, location_text(examiner), years]
        rides = ", ".join(checkride_label(c) for c in examiner.checkride_types)
        lines = [" · ".join(p for p in first if p), self.tr("Gives: %1").replace("%1", rides)]
        if examiner.contact_info:
            lines.append(self.tr("Contact: %1").replace("%1", examiner.contact_info))
        return "\n".join(lines)

    def _update_chart(self) -> None:
        breakdown = self.detail.breakdown if self.detail else Breakdown(0, 0, (0, 0, 0), (0, 0, 0))
        self.chart.setVisible(breakdown.passes + breakdown.fails > 0)
        self.chart.set_rows(self._chart_rows(breakdown), self.tr("no reports"))

    def _chart_rows(self, b: Breakdown) -> tuple[BarRow, ...]:
        levels = (self.tr("easy"), self.tr("moderate"), self.tr("hard"))

        def difficulty(title: str, counts: tuple[int, int, int]) -> BarRow:
            colours = (GOOD, FAIR, BAD)
            parts = zip(levels, counts, colours, strict=True)
            return BarRow(title, tuple(Segment(lab, n, c) for lab, n, c in parts))

        outcome = BarRow(
            self.tr("Results"),
            (Segment(self.tr("passed"), b.passes, GOOD), Segment(self.tr("failed"), b.fails, BAD)),
        )
        return (
            outcome,
            difficulty(self.tr("Flight"), b.flight),
            difficulty(self.tr("Oral"), b.oral),
        )

    def show_gouge(self, entries: list[GougeEntry], select_id: int | None = None) -> None:
        self.gouge_model.set_rows(entries)
        # Unfiltered and empty, the statistics already say "no reports yet".
        self.gouge_empty.setVisible(not entries and self.checkride_filter() is not None)
        self.gouge_split.setVisible(bool(entries))
        row = self.gouge_model.row_of(select_id) if select_id is not None else -1
        if entries:
            self.gouge_table.selectRow(max(row, 0))
        else:
            self.gouge_detail.show_entry(None)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        entry = self.gouge_model.row(min(rows)) if rows else None
        self.gouge_detail.show_entry(entry)

    def checkride_filter(self) -> str | None:
        return self.gouge_filter.currentData()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Directory"))
        self.edit_button.setText(self.tr("Edit examiner…"))
        self.write_button.setText(self.tr("Write gouge…"))
        self.gouge_title.setText(self.tr("Gouge, newest first"))
        self.gouge_filter.setItemText(0, self.tr("All checkrides"))
        for i in range(1, self.gouge_filter.count()):
            self.gouge_filter.setItemText(i, checkride_short(self.gouge_filter.itemData(i)))
        self.gouge_empty.setText(self.tr("No gouge about this checkride yet."))
        self._update_header()
        self._update_chart()
        self.gouge_model.refresh_texts()
        names = {
            self.back_button: self.tr("Back to the examiner directory"),
            self.edit_button: self.tr("Edit examiner"),
            self.write_button: self.tr("Write gouge about this examiner"),
            self.gouge_filter: self.tr("Show gouge for checkride"),
            self.gouge_table: self.tr("Gouge reports"),
            self.chart: self.tr("Results and difficulty chart"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
