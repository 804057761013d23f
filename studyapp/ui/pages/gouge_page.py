"""The Gouge page: the examiner directory, one examiner's page, and the dialogs to change them.

This module is the controller: it loads through ``session.tasks`` (reads on the
reader pool, writes on the single writer) and hands dataclasses to the views in
``widgets/examiner_directory.py`` and ``widgets/examiner_detail.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from studyapp.core.gouge.aggregates import Breakdown
from studyapp.core.gouge.examiners import (
    ExaminerDetail,
    ExaminerSummary,
    get_examiner,
    list_examiners,
    list_regions,
)
from studyapp.core.gouge.practice import PracticeCard
from studyapp.core.gouge.service import GougeEntry, delete_gouge, list_gouge
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.examiner_dialog import ExaminerDialog
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.gouge_dialog import GougeDialog
from studyapp.ui.dialogs.gouge_dialog_base import GougeFormDialog
from studyapp.ui.dialogs.gouge_practice_dialog import PracticeDialog
from studyapp.ui.sync_controller import controller_for
from studyapp.ui.widgets.examiner_detail import ExaminerDetailView
from studyapp.ui.widgets.examiner_directory import ExaminerDirectoryView
from studyapp.ui.widgets.gouge_texts import task_error
from studyapp.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from studyapp.core.sync.engine import SyncReport

EMPTY_BREAKDOWN = Breakdown(0, 0, (0, 0, 0), (0, 0, 0))


class GougePage(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gougePage")
        self.session = session
        self.examiner: ExaminerSummary | None = None
        self.active_dialog: GougeFormDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._directory_request = 0
        self._status_text: Callable[[], str] | None = None
        self.directory = ExaminerDirectoryView(self)
        self.detail = ExaminerDetailView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.directory)
        self.stack.addWidget(self.detail)
        self.status = QLabel(self)
        self.status.setObjectName("gougeStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self._connect()
        self.reload_directory()

    def _connect(self) -> None:
        controller_for(self.session).synced.connect(alive(self, self._pulled))
        self.directory.query_changed.connect(lambda _query: self.reload_directory())
        self.directory.open_requested.connect(self.open_examiner)
        self.directory.add_requested.connect(self.add_examiner)
        self.detail.back_requested.connect(self.show_directory)
        self.detail.edit_requested.connect(self.edit_examiner)
        self.detail.write_requested.connect(self.write_gouge)
        self.detail.filter_changed.connect(lambda _code: self.load_gouge())
        gouge = self.detail.gouge_detail
        gouge.edit_requested.connect(self.edit_gouge)
        gouge.delete_requested.connect(self.confirm_delete)
        gouge.practise_requested.connect(self.practise)

    # Loading ---------------------------------------------------------------

    def _read(self, fn: Callable[..., object], *args: object, then: Callable) -> None:
        self.session.tasks.submit(
            fn, *args, on_result=alive(self, then), on_error=alive(self, self._failed), write=False
        )

    def reload_directory(self) -> None:
        self._directory_request += 1
        request, query = self._directory_request, self.directory.query()
        db = self.session.database

        def show(examiners: list[ExaminerSummary]) -> None:
            if request == self._directory_request:  # drop answers to superseded searches
                self.directory.set_examiners(examiners)

        self._read(list_examiners, db, query, then=show)
        self._read(list_regions, db, then=self.directory.set_regions)

    def open_examiner(self, examiner: ExaminerSummary, select_gouge: int | None = None) -> None:
        switching = self.examiner is None or self.examiner.id != examiner.id
        self.examiner = examiner
        self.stack.setCurrentWidget(self.detail)
        if switching:  # never show the previous examiner's numbers or reports meanwhile
            self.detail.show_examiner(ExaminerDetail(examiner, EMPTY_BREAKDOWN))
            self.detail.show_gouge([])
        self.load_examiner(select_gouge)

    def load_examiner(self, select_gouge: int | None = None) -> None:
        if self.examiner is None:
            return
        wanted = self.examiner.id

        def show(detail: ExaminerDetail) -> None:
            if self.examiner is not None and detail.examiner.id == wanted == self.examiner.id:
                self.examiner = detail.examiner
                self.detail.show_examiner(detail)

        self._read(get_examiner, self.session.database, wanted, then=show)
        self.load_gouge(select_gouge)

    def load_gouge(self, select_gouge: int | None = None) -> None:
        if self.examiner is None:
            return
        wanted, kind = self.examiner.id, self.detail.checkride_filter()

        def show(entries: list[GougeEntry]) -> None:
            current = self.examiner.id if self.examiner else None
            if current == wanted and kind == self.detail.checkride_filter():
                self.detail.show_gouge(entries, select_gouge)

        db, viewer = self.session.database, self.session.user_id
        self._read(list_gouge, db, viewer, wanted, kind, then=show)

    def show_directory(self) -> None:
        self.stack.setCurrentWidget(self.directory)
        if self.examiner is not None:
            self.directory.select_examiner(self.examiner.id)

    # Dialogs -----------------------------------------------------------------

    def _open_dialog(self, dialog: GougeFormDialog, on_saved: Callable[[object], None]) -> None:
        self.active_dialog = dialog
        dialog.saved.connect(on_saved)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: GougeFormDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def add_examiner(self) -> None:
        dialog = ExaminerDialog(self.session, None, self.directory.regions, self)
        self._open_dialog(dialog, self._examiner_saved)

    def edit_examiner(self) -> None:
        if self.examiner is not None:
            dialog = ExaminerDialog(self.session, self.examiner, self.directory.regions, self)
            self._open_dialog(dialog, self._examiner_saved)

    def _changed_here(self) -> None:
        """A report or examiner was saved: share it now rather than at the next poll."""
        controller_for(self.session).request_sync()

    def _pulled(self, report: SyncReport) -> None:
        if any(report.pulled.get(key) for key in ("examiners", "gouge", "deleted")):
            self.reload_directory()
            if self.examiner is not None:
                self.load_examiner()

    def _examiner_saved(self, examiner: object) -> None:
        assert isinstance(examiner, ExaminerSummary)
        self._changed_here()
        self.reload_directory()
        self.open_examiner(examiner)

    def write_gouge(self) -> None:
        if self.examiner is not None:
            self._open_dialog(GougeDialog(self.session, self.examiner, None, self), self._saved)

    def edit_gouge(self, entry: GougeEntry) -> None:
        if self.examiner is not None:
            dialog = GougeDialog(self.session, self.examiner, entry, self)
            self._open_dialog(dialog, self._saved)

    def _saved(self, entry: object) -> None:
        assert isinstance(entry, GougeEntry)
        self._changed_here()
        self.reload_directory()
        if self.examiner is not None and entry.examiner_id != self.examiner.id:
            # Moved to another examiner: follow the report there.
            self._read(get_examiner, self.session.database, entry.examiner_id,
                       then=lambda d: self.open_examiner(d.examiner, entry.id))  # fmt: skip
            return
        self.load_examiner(entry.id)

    def confirm_delete(self, entry: GougeEntry) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteGouge")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete gouge"))
        box.setText(self.tr("Delete your gouge from %1? This cannot be undone.").replace(
            "%1", entry.gouge_date.isoformat()))  # fmt: skip
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        for which, name in ((QMessageBox.StandardButton.Yes, "confirmDeleteYes"),
                            (QMessageBox.StandardButton.No, "confirmDeleteNo")):  # fmt: skip
            button = box.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text())
        box.finished.connect(lambda result: self._delete_answered(box, entry, result))
        self.confirm_box = box
        box.open()

    def _delete_answered(self, box: QMessageBox, entry: GougeEntry, result: int) -> None:
        self.confirm_box = None
        box.deleteLater()
        if result != QMessageBox.StandardButton.Yes:
            return
        self.session.tasks.submit(
            delete_gouge,
            self.session.database,
            self.session.user_id,
            entry.id,
            on_result=alive(self, lambda _examiner: self._deleted()),
            on_error=alive(self, self._failed),
        )

    def _deleted(self) -> None:
        self._changed_here()
        self._set_status(lambda: self.tr("Your gouge was deleted."))
        self.reload_directory()
        self.load_examiner()

    def practise(self, entry: GougeEntry, element: str) -> None:
        dialog = PracticeDialog(self.session, entry, element, self)
        self._open_dialog(dialog, self._card_made)

    def _card_made(self, card: object) -> None:
        assert isinstance(card, PracticeCard)
        self._set_status(
            lambda: self.tr("Flashcard added to the set “%1”.").replace("%1", card.set_name)
        )

    # Status and language -------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        self._set_status(lambda: task_error(error), error=True)

    def _set_status(self, text: Callable[[], str], *, error: bool = False) -> None:
        self._status_text = text
        self.status.setProperty("role", "error" if error else "success")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text())
        self.status.show()

    def retranslate(self) -> None:
        self.status.setAccessibleName(self.tr("Gouge status"))
        if self._status_text is not None:
            self.status.setText(self._status_text())
