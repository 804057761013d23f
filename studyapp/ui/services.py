"""What the application offers its pages beyond their ProfileSession.

One AppServices lives as long as the application; pages come and go with the
main window and connect to its signals with bound methods (so Qt drops the
connection when a page is destroyed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studyapp.core.accounts.preferences import Preferences
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.theme import ThemeManager


class AppServices(QObject):
    preferences_changed = Signal(object)  # Preferences, already applied
    profile_updated = Signal(object)  # ProfileDetails, after the Profile page saved
    restore_requested = Signal(object)  # Path of a validated backup, confirmed by the pilot

    def __init__(
        self, theme: ThemeManager, language: LanguageManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.language = language
        self.preferences = Preferences()

    def apply_preferences(self, preferences: Preferences) -> None:
        """Apply theme and language now (GUI thread); saving is the caller's task."""
        self.theme.set_theme(preferences.theme)
        self.language.set_language(preferences.language)
        self.preferences = preferences
        self.preferences_changed.emit(preferences)

    def request_restore(self, backup: Path) -> None:
        self.restore_requested.emit(backup)
