"""The examiner directory view: search, filters, sort and the table. Layout and signals only."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.gouge.checkrides import CHECKRIDE_TYPES
from studyapp.core.gouge.examiners import SORT_KEYS, DirectoryQuery, ExaminerSummary
from studyapp.ui.models.examiner_table_model import NAME, ExaminerTableModel
from studyapp.ui.widgets.gouge_texts import checkride_label, sort_label
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.row_table import row_table

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying


class ExaminerDirectoryView(Retranslating, QWidget):
    query_changed = Signal(object)  # DirectoryQuery
    open_requested = Signal(object)  # ExaminerSummary
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examinerDirectory")
        self.model = ExaminerTableModel(self)
        self._regions: list[str] = []
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_query)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        filters = self._filters()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addLayout(filters)
        layout.addWidget(self._table(), 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("directoryEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        layout.addWidget(self.count_label)

    def _filters(self) -> QHBoxLayout:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("examinerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._emit_query)
        self.checkride_filter = QComboBox(self)
        self.checkride_filter.setObjectName("checkrideFilter")
        self.checkride_filter.addItem("", None)
        for code in CHECKRIDE_TYPES:
            self.checkride_filter.addItem(code, code)
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("regionFilter")
        self.region_filter.addItem("", None)
        self.airport_filter = QLineEdit(self)
        self.airport_filter.setObjectName("airportFilter")
        self.airport_filter.setMaxLength(4)
        self.airport_filter.setFixedWidth(80)
        self.airport_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("examinerSort")
        for key in SORT_KEYS:
            self.sort_combo.addItem(key, key)
        for combo in (self.checkride_filter, self.region_filter, self.sort_combo):
            combo.currentIndexChanged.connect(self._emit_query)
        # Sized by a fixed text length, not by the items at first show: regions load
        # later (the box would clip them) and checkride names are long in Spanish.
        for combo in (self.checkride_filter, self.region_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(15)
        self.search_edit.setMinimumWidth(160)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addExaminerButton")
        self.add_button.clicked.connect(self.add_requested)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 3)
        for widget in (self.checkride_filter, self.region_filter, self.airport_filter):
            row.addWidget(widget)
        self.sort_label = QLabel(self)
        self.sort_label.setBuddy(self.sort_combo)
        row.addWidget(self.sort_label)
        row.addWidget(self.sort_combo)
        return row

    def _table(self) -> QTableView:
        self.table = row_table(self, "examinerTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        return self.table

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row(index.row()))

    def query(self) -> DirectoryQuery:
        return DirectoryQuery(
            text=self.search_edit.text(),
            checkride_type=self.checkride_filter.currentData(),
            region=self.region_filter.currentData(),
            airport=self.airport_filter.text().strip() or None,
            sort=str(self.sort_combo.currentData()),
        )

    def _emit_query(self) -> None:
        self._search_timer.stop()
        self.query_changed.emit(self.query())

    def set_examiners(self, examiners: list[ExaminerSummary]) -> None:
        self.model.set_rows(examiners)
        self.empty_label.setVisible(not examiners)
        self._update_count()

    def set_regions(self, regions: list[str]) -> None:
        current = self.region_filter.currentData()
        self._regions = regions
        self.region_filter.blockSignals(True)
        while self.region_filter.count() > 1:
            self.region_filter.removeItem(1)
        for region in regions:
            self.region_filter.addItem(region, region)
        self.region_filter.setCurrentIndex(max(0, self.region_filter.findData(current)))
        self.region_filter.blockSignals(False)

    @property
    def regions(self) -> list[str]:
        return list(self._regions)

    def select_examiner(self, examiner_id: int) -> None:
        row = self.model.row_of(examiner_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("1 examiner") if count == 1 else self.tr("%1 examiners")
        self.count_label.setText(text.replace("%1", str(count)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Examiners and gouge"))
        self.subtitle.setText(
            self.tr(
                "Find your examiner, read what other pilots met on their checkride, and share your own. Double-click an examiner to open it."  # noqa: E501 (one string for lupdate)
            )
        )
        self.search_edit.setPlaceholderText(self.tr("Search name or organisation"))
        self.airport_filter.setPlaceholderText(self.tr("Airport"))
        self.checkride_filter.setItemText(0, self.tr("All checkrides"))
        for i in range(1, self.checkride_filter.count()):
            self.checkride_filter.setItemText(i, checkride_label(self.checkride_filter.itemData(i)))
        self.region_filter.setItemText(0, self.tr("All regions"))
        for i in range(self.sort_combo.count()):
            self.sort_combo.setItemText(i, sort_label(self.sort_combo.itemData(i)))
        self.sort_label.setText(self.tr("&Sort:"))
        self.add_button.setText(self.tr("Add examiner…"))
        self.empty_label.setText(
            self.tr("No examiner matches. Change the search, or add the examiner.")
        )
        self._name_for_accessibility()
        self._update_count()
        self.model.refresh_texts()

    def _name_for_accessibility(self) -> None:
        names = {
            self.search_edit: self.tr("Search examiners by name or organisation"),
            self.checkride_filter: self.tr("Filter by checkride"),
            self.region_filter: self.tr("Filter by region"),
            self.airport_filter: self.tr("Filter by home airport"),
            self.sort_combo: self.tr("Sort examiners"),
            self.add_button: self.tr("Add examiner"),
            self.table: self.tr("Examiner directory"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
