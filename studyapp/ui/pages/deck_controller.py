"""The deck list's behaviour: load sets and counts, create, rename, delete with undo, and
install starter decks. Reads go to the reader pool, writes to the single writer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.core.flashcards.importing.result import ImportResult
from studyapp.core.flashcards.sets import (
    DeletedSet,
    SetCounts,
    SetInfo,
    delete_set,
    list_categories,
    restore_set,
    set_counts,
)
from studyapp.core.flashcards.starter_decks import StarterDeckInfo, list_starter_decks
from studyapp.core.flashcards.starter_install import (
    DeckInstallResult,
    install_starter_deck,
    installed_card_count,
)
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.deck_name_dialog import DeckNameDialog
from studyapp.ui.dialogs.export_dialog import ExportDialog
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.import_dialog import ImportDialog
from studyapp.ui.message_boxes import ask
from studyapp.ui.widgets.deck_gallery import DeckGallery
from studyapp.ui.widgets.deck_list_view import DeckListView
from studyapp.ui.widgets.review_texts import cards_count, task_error

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate


def gallery_decks(db: Any, user_id: int) -> list[tuple[StarterDeckInfo, int]]:
    """Every shipped deck with how many of its cards the profile already has."""
    return [
        (deck, installed_card_count(db, user_id, deck.deck_id)) for deck in list_starter_decks()
    ]


class DeckController(QObject):
    sets_loaded = Signal(list)  # list[SetCounts]
    installed = Signal(object)  # DeckInstallResult
    imported = Signal(object)  # ImportResult

    def __init__(
        self, session: ProfileSession, view: DeckListView, gallery: DeckGallery, page: QWidget
    ) -> None:
        super().__init__(page)
        self.session, self.view, self.gallery, self.page = session, view, gallery, page
        self.deleted: DeletedSet | None = None
        self.dialog: DeckNameDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.transfer: ImportDialog | ExportDialog | None = None
        self._status: tuple[Callable[[], str], bool, bool] | None = None
        view.create_requested.connect(self.create)
        view.rename_requested.connect(self.rename)
        view.delete_requested.connect(self.confirm_delete)
        view.undo_requested.connect(self.undo_delete)
        view.import_requested.connect(self.open_import)
        view.export_requested.connect(self.open_export)
        gallery.create_requested.connect(self.create)
        gallery.install_requested.connect(self.install)
        gallery.import_requested.connect(self.open_import)

    # Reading -----------------------------------------------------------------

    def _read(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        self.session.tasks.submit(
            fn, *args, on_result=alive(self.page, then), on_error=alive(self.page, self.failed),
            write=False,
        )  # fmt: skip

    def reload(self, select_id: int | None = None, select_name: str | None = None) -> None:
        db, user_id = self.session.database, self.session.user_id

        def show(sets: list[SetCounts]) -> None:
            named = next((s.id for s in sets if s.name == select_name), None)
            self.view.set_sets(sets, select_id if named is None else named)
            self.sets_loaded.emit(sets)

        self._read(set_counts, db, user_id, then=show)
        self._read(list_categories, db, then=self.view.set_categories)

    def load_gallery(self) -> None:
        def show(decks: list[tuple[StarterDeckInfo, int]]) -> None:
            self.gallery.set_decks([deck for deck, _count in decks])
            for deck, count in decks:
                self.gallery.tile(deck.deck_id).set_installed(count)

        self._read(gallery_decks, self.session.database, self.session.user_id, then=show)

    # Writing -----------------------------------------------------------------

    def _write(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None],
               on_error: Callable[[Exception], None] | None = None) -> None:  # fmt: skip
        self.session.tasks.submit(
            fn, *args, on_result=alive(self.page, then),
            on_error=alive(self.page, on_error or self.failed),
        )  # fmt: skip

    def create(self) -> None:
        self._open_dialog(DeckNameDialog(self.session, parent=self.page))

    def rename(self, chosen: SetCounts) -> None:
        self._open_dialog(DeckNameDialog(self.session, chosen.id, chosen.name, self.page))

    def _open_dialog(self, dialog: DeckNameDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda info: self.reload(info.id))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: DeckNameDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def confirm_delete(self, chosen: SetCounts) -> None:
        text = translate(
            "DeckController", "Delete the set “%1” and its %2, with their review history?"
        )
        text = text.replace("%1", chosen.name).replace("%2", cards_count(chosen.counts.total))
        self.confirm_box = ask(
            self.page, translate("DeckController", "Delete set"), text,
            translate("DeckController", "Delete"), lambda: self.delete(chosen),
        )  # fmt: skip
        self.confirm_box.setObjectName("confirmDeleteSet")
        self.confirm_box.finished.connect(lambda _r: setattr(self, "confirm_box", None))

    def delete(self, chosen: SetCounts) -> None:
        db, user_id = self.session.database, self.session.user_id
        self._write(delete_set, db, user_id, chosen.id, then=self._deleted)

    def _deleted(self, deleted: DeletedSet) -> None:
        self.deleted = deleted
        name, count = deleted.set_row["name"], len(deleted.cards)
        self.show_status(
            lambda: translate("DeckController", "Deleted “%1” (%2).").replace("%1", name)
            .replace("%2", cards_count(count)), undo=True,
        )  # fmt: skip
        self.reload()

    def undo_delete(self) -> None:
        deleted = self.deleted
        if deleted is None:
            return
        db, user_id = self.session.database, self.session.user_id
        self._write(restore_set, db, user_id, deleted, then=self._restored)

    def _restored(self, info: SetInfo) -> None:
        self.deleted = None
        self.show_status(
            lambda: translate("DeckController", "“%1” is back.").replace("%1", info.name)
        )
        self.reload(info.id)

    def install(self, deck_id: str) -> None:
        self.gallery.tile(deck_id).set_installing(True)
        db, user_id = self.session.database, self.session.user_id

        def failed(error: Exception) -> None:
            tile = self.gallery.tile(deck_id)
            tile.set_installing(False)
            tile.show_result(task_error(error), error=True)

        self._write(install_starter_deck, db, user_id, deck_id, then=self._installed,
                    on_error=failed)  # fmt: skip

    def _installed(self, result: DeckInstallResult) -> None:
        tile = self.gallery.tile(result.deck_id)
        tile.set_installing(False)
        tile.set_installed(result.added + result.updated + result.unchanged)
        self.show_status(lambda: install_text(result))
        tile.show_result(install_text(result))
        self.reload(result.set_id)
        self.installed.emit(result)

    # Import and export -------------------------------------------------------

    def open_import(self) -> ImportDialog:
        names = [s.name for s in self.view.model.rows()]
        dialog = ImportDialog(self.session, names, self.page)
        dialog.imported.connect(self._imported)
        return self._open_transfer(dialog)

    def open_export(self) -> ExportDialog:
        chosen = [s.id for s in self.view.selected_sets()]
        return self._open_transfer(ExportDialog(self.session, self.view.model.rows(), chosen,
                                                self.page))  # fmt: skip

    def _open_transfer(self, dialog: Any) -> Any:
        if self.transfer is not None:  # one at a time: bring the open one forward
            self.transfer.raise_()
            self.transfer.activateWindow()
            return self.transfer
        self.transfer = dialog
        dialog.finished.connect(lambda _code: self._transfer_closed(dialog))
        dialog.open()
        return dialog

    def _transfer_closed(self, dialog: ImportDialog | ExportDialog) -> None:
        if self.transfer is dialog:
            self.transfer = None
        dialog.deleteLater()

    def _imported(self, result: ImportResult) -> None:
        self.reload(select_name=result.set_names[0] if result.set_names else None)
        self.imported.emit(result)

    # Status ------------------------------------------------------------------

    def failed(self, error: Exception) -> None:
        self.show_status(lambda: task_error(error), error=True)

    def show_status(self, text: Callable[[], str], *, error: bool = False,
                    undo: bool = False) -> None:  # fmt: skip
        self._status = (text, error, undo)
        self.view.show_status(text(), error=error, undo=undo)

    def retranslate(self) -> None:
        if self._status is not None:
            text, error, undo = self._status
            self.view.show_status(text(), error=error, undo=undo)


def install_text(result: DeckInstallResult) -> str:
    if result.added and not (result.updated or result.unchanged):
        text = translate("DeckController", "Installed “%1”: %2 added.")
        return text.replace("%1", result.set_name).replace("%2", cards_count(result.added))
    text = translate("DeckController", "Updated “%1”: %2 new, %3 changed, %4 already current.")
    for marker, value in (("%1", result.set_name), ("%2", str(result.added)),
                          ("%3", str(result.updated)), ("%4", str(result.unchanged))):  # fmt: skip
        text = text.replace(marker, value)
    return text
