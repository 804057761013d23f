"""What the import and export dialogs share: their own first pages, then progress, then a result.

The long job runs on the single writer task with ``progress=True``; the
progress page shows its bar and a Cancel button that asks the task to stop (the
core then rolls its transaction back). Closing the window while the job runs
cancels it and closes once the job has stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.tasks import Task
from studyapp.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate


def push_button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


def status_label(parent: QWidget, name: str, role: str = "error") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class TransferDialog(Retranslating, QDialog):
    """A dialog of pages; subclasses add theirs first, then call ``finish_layout()``."""

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self._close_when_stopped = False
        self.stack = QStackedWidget(self)
        self.back_button = push_button(self, "backButton")
        self.next_button = push_button(self, "nextButton")
        self.next_button.setDefault(True)
        self.close_button = push_button(self, "closeButton")
        self.close_button.clicked.connect(self.reject)
        self._build_progress_page()
        self._build_result_page()

    def _build_progress_page(self) -> None:
        page = QWidget(self)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = push_button(page, "cancelTaskButton")
        self.cancel_button.clicked.connect(self.cancel_task)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(row)
        layout.addStretch(1)
        self.progress_page = page

    def _build_result_page(self) -> None:
        page = QWidget(self)
        self.result_title = QLabel(page)
        self.result_title.setObjectName("resultTitle")
        self.result_title.setProperty("role", "title")
        self.result_text = QLabel(page)
        self.result_text.setObjectName("resultText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text, 1)
        self.result_page = page

    def finish_layout(self) -> None:
        self.stack.addWidget(self.progress_page)
        self.stack.addWidget(self.result_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.stack.currentChanged.connect(lambda _index: self.update_buttons())

    # The job ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def run_task(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        **kwargs: Any,
    ) -> None:
        """Run ``fn`` on the writer with progress; show the progress page meanwhile."""
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.stack.setCurrentWidget(self.progress_page)

        def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def finish(value: Any) -> None:
                self.task = None
                if self._close_when_stopped:
                    self.done(QDialog.DialogCode.Rejected)
                    return
                callback(value)
                self.update_buttons()

            return alive(self, finish)

        self.task = self.session.tasks.submit(
            fn, *args, on_result=done(on_result), on_error=done(on_error),
            on_progress=self._progress, progress=True, **kwargs,
        )  # fmt: skip
        self.update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self) and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(translate("TransferDialog", "Cancelling…"))

    def show_result(self, title: str, text: str, *, error: bool) -> None:
        self.result_title.setText(title)
        self.result_text.setProperty("role", "error" if error else "")
        self.result_text.style().unpolish(self.result_text)
        self.result_text.style().polish(self.result_text)
        self.result_text.setText(text)
        self.stack.setCurrentWidget(self.result_page)

    def reject(self) -> None:
        if self.running:  # stop the job first; the dialog closes when it has
            self._close_when_stopped = True
            self.cancel_task()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def update_buttons(self) -> None:
        """Subclasses show and word the Back/Next buttons for their current page."""
        on_progress = self.stack.currentWidget() is self.progress_page
        self.close_button.setVisible(not on_progress)
        finished = self.stack.currentWidget() is self.result_page
        self.close_button.setText(
            translate("TransferDialog", "Close")
            if finished
            else translate("TransferDialog", "Cancel")
        )
        self.close_button.setAccessibleName(self.close_button.text())

    def retranslate_shared(self) -> None:
        self.cancel_button.setText(translate("TransferDialog", "Cancel"))
        self.cancel_button.setAccessibleName(translate("TransferDialog", "Cancel the job"))
        self.progress_bar.setAccessibleName(translate("TransferDialog", "Progress"))
        self.back_button.setText(translate("TransferDialog", "Back"))
        self.back_button.setAccessibleName(translate("TransferDialog", "Back"))
        self.result_text.setAccessibleName(translate("TransferDialog", "Result"))
        self.update_buttons()
