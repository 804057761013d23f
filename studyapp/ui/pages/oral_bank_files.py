"""Importing and exporting question bank files from the Mock oral page (file dialogs + tasks)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from studyapp.core.oral.bank_format import BankFormatError
from studyapp.core.oral.models import ORIGIN_CUSTOM, ORIGIN_IMPORTED
from studyapp.core.oral.transfer import (
    ExportReport,
    ImportReport,
    export_bank_file,
    import_bank_file,
)
from studyapp.ui.context import ProfileSession
from studyapp.ui.widgets.oral_setup import OralSetupView


class OralBankFiles(QObject):
    imported = Signal()

    def __init__(self, session: ProfileSession, view: OralSetupView, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.view, self.window = session, view, parent

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a question bank"), "",
            self.tr("Question banks (*.json *.csv)"),
        )  # fmt: skip
        if path:
            self.import_path(Path(path))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export my questions"), "my-oral-questions.json",
            self.tr("JSON (*.json);;CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_path(Path(path))

    def import_path(self, path: Path) -> None:
        self.session.tasks.submit(
            import_bank_file, self.session.database, path,
            on_result=self._guard(self._imported), on_error=self._guard(self._failed),
        )  # fmt: skip

    def export_path(self, path: Path) -> None:
        self.session.tasks.submit(
            export_bank_file, self.session.database, path,
            origins=(ORIGIN_CUSTOM, ORIGIN_IMPORTED),
            on_result=self._guard(lambda report: self._exported(report, path)),
            on_error=self._guard(self._failed), write=False,
        )  # fmt: skip

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: object) -> None:
            if shiboken6.isValid(self.view):
                callback(value)

        return guarded

    def _imported(self, report: ImportReport) -> None:
        self._status(
            self.tr("Imported %1 questions: %2 new, %3 updated, %4 unchanged.")
            .replace("%1", str(report.questions)).replace("%2", str(report.added))
            .replace("%3", str(report.updated)).replace("%4", str(report.unchanged)),
            "success",
        )  # fmt: skip
        self.imported.emit()

    def _exported(self, report: ExportReport, path: Path) -> None:
        self._status(
            self.tr("Exported %1 questions to %2.")
            .replace("%1", str(report.questions)).replace("%2", str(path)),
            "success",
        )  # fmt: skip

    def _failed(self, error: Exception) -> None:
        if isinstance(error, BankFormatError):
            text = self.tr("Nothing was imported; the file has a problem: %1")
        else:
            text = self.tr("The file could not be used: %1")
        self._status(text.replace("%1", str(error)), "error")

    def _status(self, text: str, role: str) -> None:
        label = self.view.bank_status
        label.setProperty("role", role)
        label.style().polish(label)
        label.setText(text)
