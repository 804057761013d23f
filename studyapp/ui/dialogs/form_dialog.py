"""What the form dialogs share: a form, Save/Cancel, and a save run on the writer task.

The dialog stays open while its save runs; the core's field errors come back
under their fields, and only a successful save closes it (emitting ``saved``).
Each feature words its own errors: a subclass sets ``field_sentence`` and
``task_sentence``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
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
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating


def alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback`` that does nothing once ``widget`` is gone (a task may outlive its window)."""

    def guarded(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return guarded


class FormDialog(Retranslating, QDialog):
    saved = Signal(object)
    # staticmethod()s in subclasses: (field, code) -> sentence, and error -> sentence.
    field_sentence: Callable[[str, str], str]
    task_sentence: Callable[[Exception], str]
    # A field error for a field the form does not show: in the status line, or dropped.
    unknown_fields_in_status = True

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.errors = FieldErrors(type(self).field_sentence, spacing=2)
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

    def add_row(self, label: QLabel, field: str | None, editor: QWidget) -> None:
        """A form row; with ``field`` set, the core's error for it shows under the editor."""
        label.setBuddy(editor)
        cell = self.errors.attach(field, editor, self) if field else editor
        self.form.addRow(label, cell)

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run the core write ``fn`` on the writer task; close on success."""
        self.save_button.setEnabled(False)
        self.status.hide()
        self.session.tasks.submit(
            fn,
            *args,
            on_result=alive(self, self._saved),
            on_error=alive(self, self._failed),
            **kwargs,
        )

    def _saved(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and self._shows_fields(error.errors):
            self.errors.show(error.errors)
        else:
            self.status.setText(type(self).task_sentence(error))
            self.status.show()
        # Error lines make the form taller: grow rather than squeeze the fields.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _shows_fields(self, errors: dict[str, str]) -> bool:
        return not self.unknown_fields_in_status or set(errors) <= set(self.errors.labels)

    def retranslate_buttons(self) -> None:
        # translate() with this class's context: self.tr() would use the subclass's name.
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.errors.retranslate()
