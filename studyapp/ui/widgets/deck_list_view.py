"""The deck list: the profile's sets with their counts, and the ways to start a review.

Layout and signals only; pages/study_page.py does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.sets import SetCounts, new_cards_today
from studyapp.ui.models.deck_table_model import NAME, DeckTableModel
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.row_table import Selection, row_table


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    return button


class DeckListView(Retranslating, QWidget):
    create_requested = Signal()
    rename_requested = Signal(object)  # SetCounts
    delete_requested = Signal(object)  # SetCounts
    review_requested = Signal(object)  # ReviewScope
    gallery_requested = Signal()
    undo_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckList")
        self.model = DeckTableModel(self)
        self._build()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.create_button = _button(self, "newSetButton")
        self.create_button.clicked.connect(self.create_requested)
        self.gallery_button = _button(self, "starterDecksButton")
        self.gallery_button.clicked.connect(self.gallery_requested)
        self.import_button = _button(self, "importCardsButton")
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = _button(self, "exportCardsButton")
        self.export_button.clicked.connect(self.export_requested)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (self.import_button, self.export_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.gallery_button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self._table(), 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("deckListEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.totals = QLabel(self)
        self.totals.setObjectName("deckTotals")
        self.totals.setProperty("role", "muted")
        layout.addWidget(self.totals)
        actions, categories = self._actions()
        layout.addLayout(actions)
        layout.addLayout(categories)
        layout.addLayout(self._undo_bar())

    def _table(self) -> QTableView:
        self.table = row_table(self, "deckTable", self.model, Selection.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(92)  # counts get room to breathe
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        return self.table

    def _actions(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.rename_button = _button(self, "renameSetButton")
        self.rename_button.clicked.connect(lambda: self._emit_for_current(self.rename_requested))
        self.delete_button = _button(self, "deleteSetButton")
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("reviewCategoryCombo")
        self.category_combo.setMinimumContentsLength(16)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_button = _button(self, "reviewCategoryButton")
        self.category_button.clicked.connect(self._review_category)
        self.review_selected_button = _button(self, "reviewSelectedButton")
        self.review_selected_button.clicked.connect(self._review_selected)
        self.review_all_button = _button(self, "reviewAllDueButton")
        self.review_all_button.setDefault(True)
        self.review_all_button.clicked.connect(lambda: self.review_requested.emit(ReviewScope()))
        row = QHBoxLayout()
        for widget in (self.rename_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.review_selected_button)
        row.addWidget(self.review_all_button)
        self.category_label = QLabel(self)
        self.category_label.setBuddy(self.category_combo)
        categories = QHBoxLayout()
        categories.addStretch(1)
        for widget in (self.category_label, self.category_combo, self.category_button):
            categories.addWidget(widget)
        return row, categories

    def _undo_bar(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setObjectName("deckStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.undo_button = _button(self, "undoDeleteButton")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.undo_button)
        return row

    # State -----------------------------------------------------------------

    def set_sets(self, sets: list[SetCounts], select_id: int | None = None) -> None:
        selected = select_id if select_id is not None else self._current_id()
        self.model.set_rows(sets)
        self.empty_label.setVisible(not sets)
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_totals()
        self._update_buttons()

    def set_categories(self, categories: list[tuple[int, str]]) -> None:
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for category_id, name in categories:
            self.category_combo.addItem(name, category_id)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self._update_buttons()

    def selected_sets(self) -> list[SetCounts]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(row) for row in rows]

    def select_sets(self, set_ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for set_id in set_ids:
            row = self.model.row_of(set_id)
            if row >= 0:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _current_id(self) -> int | None:
        chosen = self.selected_sets()
        return chosen[0].id if chosen else None

    def show_status(self, text: str, *, error: bool = False, undo: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "success")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.undo_button.setVisible(undo)

    def _update_buttons(self) -> None:
        chosen = self.selected_sets()
        self.rename_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(len(chosen) == 1)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.review_selected_button.setEnabled(bool(chosen))
        has_category = self.category_combo.count() > 0
        self.category_combo.setEnabled(has_category)
        self.category_button.setEnabled(has_category)

    def _update_totals(self) -> None:
        sets = self.model.rows()
        due = sum(s.counts.due + s.counts.learning for s in sets)
        new = new_cards_today(sets)  # the daily limit caps the sum, too
        text = self.tr("Due today: %1 · New: %2").replace("%1", f"{due:,}")
        self.totals.setText(text.replace("%2", f"{new:,}"))

    # Signals ---------------------------------------------------------------

    def _emit_for_current(self, signal: Signal) -> None:
        chosen = self.selected_sets()
        if len(chosen) == 1:
            signal.emit(chosen[0])  # type: ignore[attr-defined]

    def _activated(self, index: QModelIndex) -> None:
        self.review_requested.emit(ReviewScope(set_ids=(self.model.row(index.row()).id,)))

    def _review_selected(self) -> None:
        ids = tuple(s.id for s in self.selected_sets())
        if ids:
            self.review_requested.emit(ReviewScope(set_ids=ids))

    def _review_category(self) -> None:
        category_id = self.category_combo.currentData()
        if category_id is not None:
            self.review_requested.emit(ReviewScope(category_id=category_id))

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Study"))
        self.subtitle.setText(
            self.tr(
                "Your flashcard sets. Select one or several (Ctrl or Shift) and review them, or review everything due today. Double-click a set to review it."  # noqa: E501 (one string for lupdate)
            )
        )
        texts = {
            self.create_button: (self.tr("New set…"), self.tr("Create a new set")),
            self.gallery_button: (self.tr("Starter decks…"), self.tr("Show the starter decks")),
            self.import_button: (self.tr("Import…"), self.tr("Import flashcards from a file")),
            self.export_button: (self.tr("Export…"), self.tr("Export flashcards to a file")),
            self.rename_button: (self.tr("Rename…"), self.tr("Rename the selected set")),
            self.delete_button: (self.tr("Delete…"), self.tr("Delete the selected set")),
            self.category_button: (self.tr("Review category"), self.tr("Review this category")),
            self.review_selected_button: (self.tr("Review selected"),
                                          self.tr("Review the selected sets")),
            self.review_all_button: (self.tr("Review everything due"),
                                     self.tr("Review everything due today")),
            self.undo_button: (self.tr("Undo"), self.tr("Undo the deletion")),
        }  # fmt: skip
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
        self.category_label.setText(self.tr("Or one &category:"))
        self.category_combo.setAccessibleName(self.tr("Category to review"))
        self.category_combo.setToolTip(self.tr("Category to review"))
        self.table.setAccessibleName(self.tr("Flashcard sets"))
        self.empty_label.setText(
            self.tr("No sets yet. Create one with “New set…”, or install a starter deck.")
        )
        self.status.setAccessibleName(self.tr("Study status"))
        self.model.refresh_texts()
        self._update_totals()
