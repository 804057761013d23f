"""The card browser's layout: search box, filters, the card table and the bulk actions.

Layout and signals only; pages/browse_page.py does the work. The search box
waits SEARCH_DELAY_MS after the last key before asking for a search.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.browser import CardFilters
from studyapp.core.flashcards.sets import SetInfo
from studyapp.ui.models.card_table_model import CardTableModel
from studyapp.ui.widgets.browser_texts import COLUMNS, selected_text
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_texts import difficulty_label
from studyapp.ui.widgets.row_table import Selection, row_table

SEARCH_DELAY_MS = 150
_STATUS_FILTERS = {
    "any": {},
    "active": {"suspended": False},
    "suspended": {"suspended": True},
    "known": {"known": True},
    "unknown": {"known": False},
}
_DUE_FILTERS = {"any": {}, "due": {"due_only": True}, "new": {"new_only": True}}


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    return button


def _combo(parent: QWidget, name: str, keys: list[object]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for key in keys:
        combo.addItem("", key)
    return combo


class CardBrowserView(Retranslating, QWidget):
    filters_changed = Signal()  # search text (after the pause) or a filter
    add_requested = Signal()
    categories_requested = Signal()
    edit_requested = Signal(int)  # card id
    move_requested = Signal(int)  # set id
    recategorise_requested = Signal(object)  # category id or None
    suspend_requested = Signal(bool)
    reset_requested = Signal()
    delete_requested = Signal()
    undo_requested = Signal()
    select_all_requested = Signal()  # Ctrl+A: every matching card, not only loaded rows
    columns_changed = Signal(list)  # hidden column keys

    def __init__(self, model: CardTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBrowser")
        self.model = model
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.filters_changed)
        self.sets: list[SetInfo] = []
        self.categories: list[tuple[int, str]] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._filters())
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._actions())
        self.retranslate()
        self.update_actions()

    # Building ----------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardCount")
        self.count_label.setProperty("role", "muted")
        self.add_button = _button(self, "addCardButton")
        self.add_button.clicked.connect(self.add_requested)
        self.categories_button = _button(self, "manageCategoriesButton")
        self.categories_button.clicked.connect(self.categories_requested)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.categories_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _filters(self) -> QHBoxLayout:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("cardSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.set_filter = _combo(self, "setFilter", [None])
        self.category_filter = _combo(self, "categoryFilter", [None])
        self.difficulty_filter = _combo(self, "difficultyFilter", [None, 1, 2, 3])
        self.status_filter = _combo(self, "statusFilter", list(_STATUS_FILTERS))
        self.due_filter = _combo(self, "dueFilter", list(_DUE_FILTERS))
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
            row.addWidget(combo)
        return row

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.set_filter, self.category_filter, self.difficulty_filter,
                self.status_filter, self.due_filter)  # fmt: skip

    def _table(self) -> QTableView:
        self.table = row_table(self, "cardTable", self.model, Selection.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10
        )  # fixed row height: no measuring 100,000 rows
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 240, 140, 110, 100, 85, 90, 80, 90)):
            header.resizeSection(column, width)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_requested)
        self.table.addAction(self.delete_action)
        self.select_all_action = QAction(self.table)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action.triggered.connect(self.select_all_requested)
        self.table.addAction(self.select_all_action)
        self.table.doubleClicked.connect(self._edit_index)
        self.table.activated.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        return self.table

    def _actions(self) -> QHBoxLayout:
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedCount")
        self.selected_label.setProperty("role", "muted")
        # Room for the widest count, so the buttons beside it never jump as it changes.
        self.selected_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("100,000 selected")
        )
        self.edit_button = _button(self, "editCardButton")
        self.edit_button.clicked.connect(self._edit_current)
        self.move_button = _button(self, "moveCardsButton")
        self.move_button.setMenu(QMenu(self.move_button))
        self.category_button = _button(self, "categoriseCardsButton")
        self.category_button.setMenu(QMenu(self.category_button))
        self.suspend_button = _button(self, "suspendCardsButton")
        self.suspend_button.clicked.connect(lambda: self.suspend_requested.emit(True))
        self.unsuspend_button = _button(self, "unsuspendCardsButton")
        self.unsuspend_button.clicked.connect(lambda: self.suspend_requested.emit(False))
        self.reset_button = _button(self, "resetCardsButton")
        self.reset_button.clicked.connect(self.reset_requested)
        self.delete_button = _button(self, "deleteCardsButton")
        self.delete_button.clicked.connect(self.delete_requested)
        self.status = QLabel(self)
        self.status.setObjectName("browserStatus")
        self.status.setWordWrap(True)
        self.undo_button = _button(self, "undoBrowserButton")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.setEnabled(False)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_button.click)
        self.addAction(self.undo_action)
        row = QHBoxLayout()
        row.addWidget(self.selected_label)
        for button in self.bulk_buttons():
            row.addWidget(button)
        row.addWidget(self.status, 1)
        row.addWidget(self.undo_button)
        return row

    def bulk_buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.move_button, self.category_button, self.suspend_button,
                self.unsuspend_button, self.reset_button, self.delete_button)  # fmt: skip

    # State ---------------------------------------------------------------------

    def filters(self) -> CardFilters:
        status = _STATUS_FILTERS[self.status_filter.currentData()]
        due = _DUE_FILTERS[self.due_filter.currentData()]
        return CardFilters(
            set_id=self.set_filter.currentData(),
            category_id=self.category_filter.currentData(),
            difficulty=self.difficulty_filter.currentData(),
            **status,
            **due,
        )

    def search_text(self) -> str:
        return self.search_edit.text()

    def set_choices(self, sets: list[SetInfo], categories: list[tuple[int, str]]) -> None:
        """Fill the set and category filters and menus, keeping what is chosen."""
        self.sets, self.categories = sets, categories
        for combo, items in (
            (self.set_filter, [(s.id, s.name) for s in sets]),
            (self.category_filter, categories),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._fill_menus()

    def _fill_menus(self) -> None:
        moves = self.move_button.menu()
        moves.clear()
        for info in self.sets:
            moves.addAction(info.name, lambda i=info.id: self.move_requested.emit(i))
        categories = self.category_button.menu()
        categories.clear()
        none = categories.addAction(self.tr("No category"))
        none.triggered.connect(lambda: self.recategorise_requested.emit(None))
        categories.addSeparator()
        for category_id, name in self.categories:
            categories.addAction(name, lambda i=category_id: self.recategorise_requested.emit(i))

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return self.model.card_ids(self.selected_rows())

    def select_ids(self, card_ids: list[int]) -> None:
        wanted = set(card_ids)
        self.table.clearSelection()
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.row(row).id in wanted:
                selection.select(self.model.index(row, 0), flags)

    def update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        for button in self.bulk_buttons():
            button.setEnabled(count > 0)
        self.edit_button.setEnabled(count == 1)
        self.move_button.setEnabled(count > 0 and bool(self.sets))
        self.selected_label.setText(self._selected_text(count))

    def show_all_selected(self, count: int) -> None:
        """After "select all": the actions apply to ``count`` cards, loaded or not."""
        for button in self.bulk_buttons():
            button.setEnabled(count > 0)
        self.edit_button.setEnabled(count == 1)
        self.move_button.setEnabled(count > 0 and bool(self.sets))
        self.selected_label.setText(self._selected_text(count))

    def _selected_text(self, count: int) -> str:
        return selected_text(count) if count else ""

    def set_undo(self, text: str | None) -> None:
        """Offer undo of the last change (its button says what), or nothing to undo."""
        self.undo_button.setEnabled(text is not None)
        self.undo_button.setToolTip(text or "")

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def hidden_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [key for i, key in enumerate(COLUMNS) if header.isSectionHidden(i)]

    def hide_columns(self, keys: list[str]) -> None:
        header = self.table.horizontalHeader()
        for i, key in enumerate(COLUMNS):
            header.setSectionHidden(i, key in keys and key != "question")

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for i, title in enumerate(self.model.titles()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(COLUMNS[i] != "question")  # one column always stays
            action.toggled.connect(lambda shown, c=i: self.show_column(c, shown))
        menu.popup(header.mapToGlobal(position))
        self.column_menu = menu

    def _row_menu(self, position: QPoint) -> None:
        """The bulk actions again, at the pointer, for the selected cards."""
        if not self.selected_rows():
            return
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        for button in self.bulk_buttons():
            if button.menu() is not None:
                sub = menu.addMenu(button.text())
                sub.addActions(button.menu().actions())
                sub.setEnabled(button.isEnabled())
            else:
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(position))
        self.row_menu = menu

    def show_column(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self.columns_changed.emit(self.hidden_columns())

    def _edit_index(self, index: QModelIndex) -> None:
        ids = self.model.card_ids([index.row()])
        if ids:
            self.edit_requested.emit(ids[0])

    def _edit_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_requested.emit(ids[0])

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Browse cards"))
        hint = self.tr("Search question, answer, ACS code, reference…")
        self.search_edit.setPlaceholderText(hint)
        self.search_edit.setAccessibleName(self.tr("Search cards"))
        self.table.setAccessibleName(self.tr("Cards"))
        first_items = (self.tr("All sets"), self.tr("All categories"), self.tr("Any difficulty"))
        for combo, text in zip(self.filter_combos(), first_items, strict=False):
            combo.setItemText(0, text)
        for level in (1, 2, 3):
            self.difficulty_filter.setItemText(level, difficulty_label(level))
        statuses = (self.tr("Any status"), self.tr("Not suspended"), self.tr("Suspended"),
                    self.tr("Known"), self.tr("Not known yet"))  # fmt: skip
        for i, text in enumerate(statuses):
            self.status_filter.setItemText(i, text)
        dues = (self.tr("Any due date"), self.tr("Due now"), self.tr("Never reviewed"))
        for i, text in enumerate(dues):
            self.due_filter.setItemText(i, text)
        names = (self.tr("Filter by set"), self.tr("Filter by category"),
                 self.tr("Filter by difficulty"), self.tr("Filter by status"),
                 self.tr("Filter by due date"))  # fmt: skip
        for combo, name in zip(self.filter_combos(), names, strict=True):
            combo.setAccessibleName(name)
        texts = (
            (self.add_button, self.tr("Add card…")),
            (self.categories_button, self.tr("Categories…")),
            (self.edit_button, self.tr("Edit…")),
            (self.move_button, self.tr("Move to set")),
            (self.category_button, self.tr("Set category")),
            (self.suspend_button, self.tr("Suspend")),
            (self.unsuspend_button, self.tr("Unsuspend")),
            (self.reset_button, self.tr("Reset scheduling")),
            (self.delete_button, self.tr("Delete…")),
            (self.undo_button, self.tr("Undo")),
        )
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.status.setAccessibleName(self.tr("Browser status"))
        self._fill_menus()
        self.model.refresh_texts()
        self.update_actions()
