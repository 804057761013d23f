"""A date field with a "not set" choice (the profile's birth date is optional)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

#: The lowest date stands for "not set" and is shown as the special-value text.
NOT_SET = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NOT_SET)
        self.set_value(None)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NOT_SET else chosen.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else NOT_SET)

    def clear_value(self) -> None:
        self.set_value(None)

    def set_not_set_text(self, text: str) -> None:
        """Called by the owner's retranslate(), with the locale in force."""
        self.setSpecialValueText(text)
        self.setLocale(QLocale())
        self.setDisplayFormat("d MMM yyyy")
