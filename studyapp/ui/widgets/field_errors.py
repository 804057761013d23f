"""Messages shown beside form fields when the core rejects a value."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from studyapp.ui.messages import field_error
from studyapp.ui.widgets.retranslating import Retranslating

# The sentence for the core's error ``code`` on ``field``; each feature words its own.
Sentence = Callable[[str, str], str]


class ErrorLabel(Retranslating, QLabel):
    """Hidden until a code is shown; keeps the code so a language switch re-words it."""

    def __init__(
        self, field: str, parent: QWidget | None = None, sentence: Sentence = field_error
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._sentence = sentence
        self._code: str | None = None
        self.setObjectName(f"{field}Error")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    @property
    def code(self) -> str | None:
        return self._code

    def show_code(self, code: str | None) -> None:
        self._code = code
        self.retranslate()
        self.setVisible(code is not None)

    def retranslate(self) -> None:
        self.setText(self._sentence(self.field, self._code) if self._code else "")


class FieldErrors:
    """The error labels of one form, by field name."""

    def __init__(self, sentence: Sentence = field_error, spacing: int = 3) -> None:
        self.labels: dict[str, ErrorLabel] = {}
        self._sentence = sentence
        self._spacing = spacing

    def attach(self, field: str, editor: QWidget, parent: QWidget) -> QWidget:
        """``editor`` with its error label underneath, as one cell of a form layout."""
        label = ErrorLabel(field, parent, self._sentence)
        self.labels[field] = label
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self._spacing)
        column.addWidget(editor)
        column.addWidget(label)
        column.setDirection(QBoxLayout.Direction.TopToBottom)
        return cell

    def show(self, errors: dict[str, str]) -> None:
        """Show these errors and hide every other one."""
        for field, label in self.labels.items():
            label.show_code(errors.get(field))

    def retranslate(self) -> None:
        for label in self.labels.values():
            label.retranslate()

    def clear(self) -> None:
        self.show({})

    def visible(self) -> dict[str, str]:
        return {field: label.code for field, label in self.labels.items() if label.code}
