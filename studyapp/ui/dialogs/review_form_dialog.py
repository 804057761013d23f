"""What the Study page's dialogs share: a form, Save/Cancel, and a save run on the writer task.

The dialog stays open while the save runs; the core's field errors come back
under their fields, and only a successful save closes it (emitting ``saved``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.errors import ValidationError
from studyapp.ui.context import ProfileSession
from studyapp.ui.widgets.review_texts import field_error, task_error


def alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback`` that does nothing once ``widget`` is gone (a task may outlive its window)."""

    def guarded(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return guarded


class ReviewFormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.error_labels: dict[str, tuple[QLabel, str | None]] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.status = QLabel(self)
        self.status.setObjectName("dialogStatus")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setObjectName("saveButton")
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def add_row(self, label: QLabel, field: str, editor: QWidget) -> None:
        """A form row with the core's error for ``field`` shown under the editor."""
        label.setBuddy(editor)
        error = QLabel(self)
        error.setObjectName(f"{field}Error")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        self.error_labels[field] = (error, None)
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        self.form.addRow(label, cell)

    def show_errors(self, errors: dict[str, str]) -> None:
        for field, (label, _code) in self.error_labels.items():
            code = errors.get(field)
            self.error_labels[field] = (label, code)
            label.setText(field_error(field, code) if code else "")
            label.setVisible(code is not None)

    def visible_errors(self) -> dict[str, str]:
        return {field: code for field, (_label, code) in self.error_labels.items() if code}

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run the core write ``fn`` on the writer task; close on success."""
        self.save_button.setEnabled(False)
        self.status.hide()
        self.session.tasks.submit(
            fn, *args, on_result=alive(self, self._saved), on_error=alive(self, self._failed)
        )

    def _saved(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and set(error.errors) <= set(self.error_labels):
            self.show_errors(error.errors)
        else:
            self.status.setText(task_error(error))
            self.status.show()
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def retranslate_buttons(self) -> None:
        # translate() with this class's context: self.tr() would use the subclass's name.
        self.save_button.setText(QCoreApplication.translate("ReviewFormDialog", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("ReviewFormDialog", "Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.show_errors(self.visible_errors())

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
