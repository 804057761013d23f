"""Restoring a backup from the GUI: close everything, restore off the GUI thread, reopen.

The backup was already checked and the pilot confirmed (Settings → Backups).
The live database is closed first because restore_backup replaces its file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from studyapp.core.db import Database
from studyapp.core.restore import RestoreResult, restore_backup
from studyapp.ui.message_boxes import Icon, restore_problem, show_message

if TYPE_CHECKING:
    from pathlib import Path

    from studyapp.ui.app_controller import AppController


class RestoreFlow(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.progress: QProgressDialog | None = None
        self._message: tuple[Icon, str, str, str] | None = None
        self.message_box: QMessageBox | None = None  # the outcome, shown over the new window

    def start(self, backup: Path) -> None:
        controller = self._controller
        self.progress = self._progress_dialog()
        controller.close_windows()
        controller.tasks.wait_for_idle()
        controller.database.close()
        controller.tasks.submit(
            restore_backup,
            controller.paths,
            backup,
            on_result=self._restored,
            on_error=self._failed,
        )

    def _progress_dialog(self) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0)
        progress.setObjectName("restoreProgress")
        progress.setWindowTitle(self.tr("Restore backup"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()
        return progress

    def _restored(self, result: RestoreResult) -> None:
        text = self.tr("The backup “%1” is now your data.").replace("%1", result.restored_from.name)
        if result.safety_copy is not None:
            text += " " + self.tr("The data you had before was kept as a safety copy: %1").replace(
                "%1", result.safety_copy.name
            )
        self._reopen((Icon.Information, self.tr("Backup restored"), text, ""))

    def _failed(self, error: Exception) -> None:
        self._reopen(
            (Icon.Warning, self.tr("Backup not restored"), restore_problem(error), str(error))
        )

    def _reopen(self, message: tuple[Icon, str, str, str]) -> None:
        controller = self._controller
        controller.replace_database(Database(controller.paths.database))
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._message = message
        controller.window_shown.connect(self._show_message)
        controller.start()

    def _show_message(self, window: QWidget) -> None:
        self._controller.window_shown.disconnect(self._show_message)
        if self._message is not None:
            icon, title, text, details = self._message
            self.message_box = show_message(window, icon, title, text, details)
            self._message = None
