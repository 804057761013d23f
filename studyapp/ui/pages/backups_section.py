"""Backups inside Settings: the list of copies, "Back up now" and "Restore…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.backup import list_backups, make_backup
from studyapp.core.restore import validate_backup
from studyapp.ui.context import ProfileSession
from studyapp.ui.message_boxes import Icon, ask, restore_problem, show_message
from studyapp.ui.models.backup_table_model import BackupTableModel
from studyapp.ui.services import AppServices
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.row_table import row_table


class BackupsSection(Retranslating, QWidget):
    def __init__(
        self, session: ProfileSession, services: AppServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsSection")
        self._session, self._services = session, services
        self._candidate: Path = session.paths.database
        self.question: QMessageBox | None = None  # the open "Restore?" question, if any
        self.message: QMessageBox | None = None  # the open "cannot restore" message, if any
        self.model = BackupTableModel(self)
        self.table = self._table()
        self.intro, self.status = QLabel(self), QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.backup_button = self._button("backupNowButton", self.back_up_now)
        self.restore_selected_button = self._button("restoreSelectedButton", self.restore_selected)
        self.restore_file_button = self._button("restoreFileButton", self.restore_from_file)
        self.restore_selected_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._build_layout()
        self.retranslate()
        self.refresh()

    def _table(self) -> QTableView:
        table = row_table(self, "backupTable", self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(190)
        return table

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_selected_button)
        buttons.addWidget(self.restore_file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "StudyApp copies your data automatically every day and every week, keeping the "
                "last 7 daily and 4 weekly copies. Back up now before a big change, or restore "
                "an earlier copy."
            )
        )
        for button, text in (
            (self.backup_button, self.tr("Back up now")),
            (self.restore_selected_button, self.tr("Restore selected…")),
            (self.restore_file_button, self.tr("Restore from file…")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.table.setAccessibleName(self.tr("Backups"))
        self.model.refresh_texts()

    def refresh(self) -> None:
        self._session.tasks.submit(
            list_backups, self._session.paths, write=False, on_result=self.model.set_rows
        )

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self._session.tasks.submit(
            make_backup, self._session.paths, on_result=self._on_backed_up, on_error=self._failed
        )

    def _on_backed_up(self, file: Path) -> None:
        self.backup_button.setEnabled(True)
        self.status.setProperty("role", "success")
        self.status.setText(self.tr("Backup written: %1").replace("%1", file.name))
        self.status.style().polish(self.status)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        show_message(
            self,
            Icon.Warning,
            self.tr("Backup failed"),
            self.tr("The backup could not be written."),
            str(error),
        )

    def _on_selection(self) -> None:
        self.restore_selected_button.setEnabled(self.table.selectionModel().hasSelection())

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.check_and_confirm(self.model.row(rows[0].row()).path)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            str(self._session.paths.backups),
            self.tr("StudyApp backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.check_and_confirm(Path(name))

    def check_and_confirm(self, backup: Path) -> None:
        """Check the file off the GUI thread, then ask before anything is replaced."""
        # Bound methods, not lambdas: Qt drops them if this page is gone when the task ends.
        self._candidate = backup
        self._session.tasks.submit(
            validate_backup,
            backup,
            write=False,
            on_result=self._confirm,
            on_error=self._bad_file,
        )

    def _confirm(self, _revision: object) -> None:
        backup = self._candidate
        self.question = ask(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace your current data with the backup “%1”?\n\nYour current data is not "
                "lost: StudyApp keeps it as a safety copy in the backups list, so you can "
                "restore it again later."
            ).replace("%1", backup.name),
            self.tr("Restore"),
            self._restore_confirmed,
        )

    def _restore_confirmed(self) -> None:
        self._services.request_restore(self._candidate)

    def _bad_file(self, error: Exception) -> None:
        self.message = show_message(
            self,
            Icon.Warning,
            self.tr("Cannot restore this file"),
            restore_problem(error),
            str(error),
        )
