"""The compose box: Enter sends, Shift+Enter starts a new line; the length limit shows near it.

The box refuses nothing itself beyond an empty message: the core's rules
(studyapp.core.chat.rules) decide, and their answer shows in ``error_label``.
The text stays in the box until the core has kept the message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from studyapp.core.chat.rules import MESSAGE_MAX
from studyapp.ui.widgets.chat_texts import content_error
from studyapp.ui.widgets.retranslating import Retranslating

COUNT_FROM = int(MESSAGE_MAX * 0.8)  # the counter appears only when the limit is near


class ComposeEdit(QPlainTextEdit):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ComposeBox(Retranslating, QWidget):
    """``send_requested(text)`` when the pilot presses Enter or Send with something written."""

    send_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ComposeEdit(self)
        self.edit.setObjectName("composeEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.counter = QLabel(self)
        self.counter.setObjectName("composeCounter")
        self.counter.setProperty("role", "muted")
        self.counter.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("composeError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._error_code: str | None = None
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.send_button)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self.edit.submitted.connect(self.submit)
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self._on_text_changed)
        self.retranslate()

    def text(self) -> str:
        return self.edit.toPlainText()

    def submit(self) -> None:
        text = self.text()
        if not text.strip():
            self.show_error("required")
            return
        if len(text.strip()) > MESSAGE_MAX:
            self.show_error("too_long")
            return
        self.send_requested.emit(text)

    def sent(self) -> None:
        """The core kept the message: empty the box."""
        self.edit.clear()
        self.show_error(None)

    def show_error(self, code: str | None) -> None:
        self._error_code = code
        self.error_label.setText(content_error(code) if code else "")
        self.error_label.setVisible(code is not None)

    def set_enabled(self, enabled: bool) -> None:
        self.edit.setReadOnly(not enabled)
        self.send_button.setEnabled(enabled)

    def _on_text_changed(self) -> None:
        length = len(self.text().strip())
        self.counter.setVisible(length >= COUNT_FROM)
        self.counter.setText(f"{length:,} / {MESSAGE_MAX:,}")
        self.counter.setProperty("role", "error" if length > MESSAGE_MAX else "muted")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        if (self._error_code == "required" and length) or (
            self._error_code == "too_long" and length <= MESSAGE_MAX
        ):
            self.show_error(None)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setPlaceholderText(
            self.tr("Write a message — Enter sends, Shift+Enter adds a line")
        )
        self.counter.setToolTip(self.tr("Characters used of the limit for one message"))
        if self._error_code:
            self.error_label.setText(content_error(self._error_code))
