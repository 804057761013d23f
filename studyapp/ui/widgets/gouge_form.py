"""Form helpers for the gouge dialogs: an error line under each field, set from core codes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.ui.widgets.gouge_texts import field_error


class FieldErrorLabel(QLabel):
    """Hidden until the core rejects the field; keeps the code so it can be re-worded."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.code: str | None = None
        self.setObjectName(f"{field}Error")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    def show_code(self, code: str | None) -> None:
        self.code = code
        self.retranslate()
        self.setVisible(code is not None)

    def retranslate(self) -> None:
        self.setText(field_error(self.field, self.code) if self.code else "")


class FormErrors:
    """The error labels of one form, by the core's field names."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldErrorLabel] = {}

    def attach(self, field: str, editor: QWidget, parent: QWidget) -> QWidget:
        """``editor`` with its error line underneath, as one cell of a form layout."""
        label = FieldErrorLabel(field, parent)
        self.labels[field] = label
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(label)
        return cell

    def show(self, errors: dict[str, str]) -> None:
        for field, label in self.labels.items():
            label.show_code(errors.get(field))

    def retranslate(self) -> None:
        for label in self.labels.values():
            label.retranslate()

    def visible(self) -> dict[str, str]:
        return {field: label.code for field, label in self.labels.items() if label.code}
