"""The Browse page: every card of the profile in a table, searched, filtered, edited in bulk.

This module is the controller. Reads (pages of cards, the set and category
lists) run on the reader pool, every change on the single writer; each bulk
change returns the core's undo record, kept on a stack that the Undo button and
Ctrl+Z pop. The view is ``widgets/card_browser_view.py``, the table model
``models/card_table_model.py``, the editor ``dialogs/card_editor_dialog.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from studyapp.core.db import Database
from studyapp.core.flashcards import browser
from studyapp.core.flashcards.browser import CardRow, FieldUndo, RowsUndo
from studyapp.core.flashcards.cards import CardContent, card_content
from studyapp.core.flashcards.sets import SetInfo, list_categories, list_sets
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.card_editor_dialog import CardEditorDialog
from studyapp.ui.dialogs.category_dialog import CategoryDialog
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.message_boxes import ask
from studyapp.ui.models.card_table_model import CardQuery, CardTableModel
from studyapp.ui.widgets.browser_texts import count_text, task_error
from studyapp.ui.widgets.card_browser_view import CardBrowserView
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_texts import cards_count
from studyapp.ui.window_geometry import ui_settings

SINGLE_SHOT = Qt.ConnectionType.SingleShotConnection
Choices = tuple[list[SetInfo], list[tuple[int, str]]]


def read_page(
    db: Database, user_id: int, query: CardQuery, offset: int, limit: int
) -> tuple[list[CardRow], int | None]:
    """One page of cards, with the number of matches when it is the first page."""
    rows = browser.search_cards(
        db, user_id, query.text, query.filters, query.sort, limit, offset, query.descending
    )
    total = browser.count_cards(db, user_id, query.text, query.filters) if offset == 0 else None
    return rows, total


def read_choices(db: Database, user_id: int) -> Choices:
    return list_sets(db, user_id), list_categories(db)


@dataclass(frozen=True)
class UndoEntry:
    record: FieldUndo | RowsUndo
    describe: Callable[[], str]  # what undo would take back, in the current language


class BrowsePage(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browsePage")
        self.session = session
        self.undo_stack: list[UndoEntry] = []
        self.editor: CardEditorDialog | None = None
        self.categories: CategoryDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._shown_once = False
        self._opening = False  # an edit's card is being read
        # "Select all" (Ctrl+A) means every matching card, loaded into the table or not.
        self.all_ids: list[int] | None = None
        self._selecting = False  # the page itself is changing the selection
        self.model = CardTableModel(self._fetch, self)
        self.view = CardBrowserView(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.hide_columns(self._saved_hidden_columns())
        self._connect()
        self.load_choices()
        self.apply_filters()

    def _connect(self) -> None:
        view = self.view
        view.filters_changed.connect(self.apply_filters)
        view.add_requested.connect(self.add_card)
        view.categories_requested.connect(self.manage_categories)
        view.edit_requested.connect(self.edit_card)
        view.move_requested.connect(self.move_selected)
        view.recategorise_requested.connect(self.recategorise_selected)
        view.suspend_requested.connect(self.suspend_selected)
        view.reset_requested.connect(self.reset_selected)
        view.delete_requested.connect(self.confirm_delete)
        view.undo_requested.connect(self.undo)
        view.columns_changed.connect(self._save_hidden_columns)
        self.model.page_loaded.connect(self._page_loaded)
        view.select_all_requested.connect(self.select_all)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # Reading -------------------------------------------------------------------

    def _fetch(self, query: CardQuery, offset: int, limit: int, generation: int) -> None:
        db, user_id = self.session.database, self.session.user_id

        def arrived(result: tuple[list[CardRow], int | None]) -> None:
            self.model.add_page(generation, offset, limit, *result)

        def failed(error: Exception) -> None:
            if generation == self.model.generation:  # an old query's failure is moot
                self.model.fetch_failed(generation)
                self.view.show_status(task_error(error), error=True)

        self.session.tasks.submit(
            read_page, db, user_id, query, offset, limit,
            on_result=alive(self, arrived), on_error=alive(self, failed), write=False,
        )  # fmt: skip

    def apply_filters(self) -> None:
        self.view.search_timer.stop()
        self._end_select_all()
        current = self.model.query
        self.model.set_query(
            CardQuery(
                self.view.search_text(), self.view.filters(), current.sort, current.descending
            )
        )

    def load_choices(self) -> None:
        self.session.tasks.submit(
            read_choices, self.session.database, self.session.user_id,
            on_result=alive(self, lambda choices: self.view.set_choices(*choices)),
            write=False,
        )  # fmt: skip

    def _page_loaded(self) -> None:
        self.view.count_label.setText(count_text(self.model.total))
        if self.all_ids is not None:
            self._select(self.view.table.selectAll)  # rows that just arrived are selected too
            self.view.show_all_selected(len(self.all_ids))

    def showEvent(self, event: QShowEvent) -> None:
        # Cards change while the page is hidden (reviews, imports, a new set).
        if self._shown_once:
            self.load_choices()
            self.model.refresh()
        self._shown_once = True
        super().showEvent(event)

    # Selection -------------------------------------------------------------------

    def chosen_ids(self) -> list[int]:
        """The cards a bulk action applies to: every match after "select all", else the
        selected rows."""
        return list(self.all_ids) if self.all_ids is not None else self.view.selected_ids()

    def select_all(self) -> None:
        """Choose every card the current search and filters match (ids read on a task)."""
        generation, query = self.model.generation, self.model.query
        self._select(self.view.table.selectAll)

        def arrived(ids: list[int]) -> None:
            if generation == self.model.generation and self._all_rows_selected():
                self.all_ids = ids
                self.view.show_all_selected(len(ids))

        self.session.tasks.submit(
            browser.matching_ids, self.session.database, self.session.user_id,
            query.text, query.filters,
            on_result=alive(self, arrived), on_error=alive(self, self._failed), write=False,
        )  # fmt: skip

    def _all_rows_selected(self) -> bool:
        return len(self.view.selected_rows()) == self.model.rowCount()

    def _selection_changed(self) -> None:
        if not self._selecting:
            self._end_select_all()

    def _end_select_all(self) -> None:
        if self.all_ids is not None:
            self.all_ids = None
            self.view.update_actions()

    def _select(self, change: Callable[[], None]) -> None:
        self._selecting = True
        try:
            change()
        finally:
            self._selecting = False

    def _select_ids(self, ids: list[int]) -> None:
        self._select(lambda: self.view.select_ids(ids))

    # Bulk changes ----------------------------------------------------------------

    def _change(self, fn: Callable[..., Any], *args: Any, describe: Callable[[int], str]) -> None:
        """Run the bulk change ``fn(db, user, ids, *args)`` on the selected cards."""
        ids = self.chosen_ids()
        self._end_select_all()
        if not ids:
            return
        count = len(ids)

        def done(record: FieldUndo | RowsUndo) -> None:
            self.undo_stack.append(UndoEntry(record, lambda: describe(count)))
            self.view.show_status(describe(count))
            self._after_change(ids)

        self.session.tasks.submit(
            fn, self.session.database, self.session.user_id, ids, *args,
            on_result=alive(self, done), on_error=alive(self, self._failed),
        )  # fmt: skip

    def move_selected(self, set_id: int) -> None:
        name = next((s.name for s in self.view.sets if s.id == set_id), "")
        self._change(browser.move_cards, set_id, describe=lambda n: self._moved(n, name))

    def recategorise_selected(self, category_id: int | None) -> None:
        self._change(browser.recategorise_cards, category_id, describe=self._recategorised)

    def suspend_selected(self, suspended: bool) -> None:
        describe = self._suspended if suspended else self._unsuspended
        self._change(browser.suspend_cards, suspended, describe=describe)

    def reset_selected(self) -> None:
        self._change(browser.reset_scheduling, describe=self._reset)

    def confirm_delete(self) -> None:
        count = len(self.chosen_ids())
        if not count:
            return
        text = self.tr(
            "Delete %1 with their review history? Undo on this page brings them back."
        ).replace("%1", cards_count(count))
        self.confirm_box = ask(
            self, self.tr("Delete cards"), text, self.tr("Delete"), self.delete_selected
        )

    def delete_selected(self) -> None:
        self._change(browser.delete_cards, describe=self._deleted)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        entry = self.undo_stack.pop()
        self.view.set_undo(self.undo_stack[-1].describe() if self.undo_stack else None)
        db, user_id = self.session.database, self.session.user_id
        if isinstance(entry.record, FieldUndo):
            call: tuple[Any, ...] = (browser.undo_field, db, user_id, entry.record)
            ids = list(entry.record.old_values)
        else:
            call = (browser.undo_rows, db, entry.record)
            ids = [row["id"] for row in entry.record.rows.get("flashcard", [])] or [
                row["flashcard_id"] for row in entry.record.rows.get("flashcard_usage", [])
            ]

        def done(_result: object) -> None:
            self.view.show_status(self.tr("Undone: %1").replace("%1", entry.describe()))
            self._after_change(ids)

        self.session.tasks.submit(*call, on_result=alive(self, done),
                                  on_error=alive(self, self._failed))  # fmt: skip

    def _after_change(self, ids: list[int]) -> None:
        self.view.set_undo(self.undo_stack[-1].describe() if self.undo_stack else None)
        self.model.refresh()
        self.model.page_loaded.connect(lambda: self._select_ids(ids), type=SINGLE_SHOT)

    def _failed(self, error: Exception) -> None:
        self.view.show_status(task_error(error), error=True)
        self.view.set_undo(self.undo_stack[-1].describe() if self.undo_stack else None)
        self.model.refresh()

    # Categories ------------------------------------------------------------------

    def manage_categories(self) -> None:
        if self.categories is not None:
            self.categories.raise_()
            return
        dialog = CategoryDialog(self.session, self)
        dialog.changed.connect(self._categories_changed)
        dialog.finished.connect(lambda _code: self._categories_closed(dialog))
        self.categories = dialog
        dialog.open()

    def _categories_changed(self) -> None:
        self.load_choices()
        self.model.refresh()

    def _categories_closed(self, dialog: CategoryDialog) -> None:
        if self.categories is dialog:
            self.categories = None
        dialog.deleteLater()

    # Adding and editing ------------------------------------------------------------

    def add_card(self) -> None:
        if self.editor is None and not self._opening:
            set_id = self.view.set_filter.currentData()
            template = CardContent(set_id or 0, "", "", self.view.category_filter.currentData())
            self._open_editor(CardEditorDialog(self.session, None, template, self))

    def edit_card(self, card_id: int) -> None:
        # A double click is also an "activated": the second request finds one under way.
        if self.editor is not None or self._opening:
            return
        self._opening = True

        def failed(error: Exception) -> None:
            self._opening = False
            self._failed(error)

        self.session.tasks.submit(
            card_content, self.session.database, self.session.user_id, card_id,
            on_result=alive(self, lambda content: self._open_editor(
                CardEditorDialog(self.session, card_id, content, self))),
            on_error=alive(self, failed), write=False,
        )  # fmt: skip

    def _open_editor(self, dialog: CardEditorDialog) -> None:
        self._opening = False
        self.editor = dialog
        dialog.saved.connect(self._card_saved)
        dialog.finished.connect(lambda _code: self._editor_closed(dialog))
        dialog.open()

    def _card_saved(self, card_id: int) -> None:
        self.view.show_status(self.tr("Card saved."))
        self.model.refresh()
        self.model.page_loaded.connect(lambda: self._select_ids([card_id]), type=SINGLE_SHOT)

    def _editor_closed(self, dialog: CardEditorDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()

    # Remembered columns --------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"browser/profile{self.session.user_id}/hiddenColumns"

    def _saved_hidden_columns(self) -> list[str]:
        value = ui_settings(self.session.paths).value(self._settings_key(), [])
        if isinstance(value, str):  # QSettings gives a lone item back as a string
            return [value] if value else []
        return [str(v) for v in value or []]

    def _save_hidden_columns(self, hidden: list[str]) -> None:
        settings = ui_settings(self.session.paths)
        settings.setValue(self._settings_key(), hidden)
        settings.sync()

    # Words ------------------------------------------------------------------------------

    def _moved(self, count: int, name: str) -> str:
        return self.tr("Moved %1 to %2.").replace("%1", cards_count(count)).replace("%2", name)

    def _recategorised(self, count: int) -> str:
        return self.tr("Changed the category of %1.").replace("%1", cards_count(count))

    def _suspended(self, count: int) -> str:
        return self.tr("Suspended %1.").replace("%1", cards_count(count))

    def _unsuspended(self, count: int) -> str:
        return self.tr("Unsuspended %1.").replace("%1", cards_count(count))

    def _reset(self, count: int) -> str:
        return self.tr("Reset the scheduling of %1: new again.").replace("%1", cards_count(count))

    def _deleted(self, count: int) -> str:
        return self.tr("Deleted %1.").replace("%1", cards_count(count))

    def retranslate(self) -> None:
        self.view.set_undo(self.undo_stack[-1].describe() if self.undo_stack else None)
        self._page_loaded()
