"""Light, dark or "follow the system", applied to the whole application at once.

The system's colour scheme comes from a ``SystemScheme``. The default one reads
``QStyleHints.colorScheme()`` and follows ``colorSchemeChanged``; the offscreen
platform never changes its scheme, so tests hand in a ``FixedSystemScheme``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from studyapp.core.accounts.preferences import THEME_DARK, THEME_LIGHT, THEME_SYSTEM
from studyapp.ui.app_style import StudyAppStyle
from studyapp.ui.palettes import build_palette, colours, style_sheet

THEMES = (THEME_LIGHT, THEME_DARK, THEME_SYSTEM)


class SystemScheme(QObject):
    """The operating system's light/dark choice; ``changed`` fires when the user flips it."""

    changed = Signal()

    def is_dark(self) -> bool:
        raise NotImplementedError


class StyleHintsScheme(SystemScheme):
    """The real system scheme, as Qt's platform integration reports it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._hints = app.styleHints()
        self._hints.colorSchemeChanged.connect(lambda _scheme: self.changed.emit())

    def is_dark(self) -> bool:
        return self._hints.colorScheme() == Qt.ColorScheme.Dark


class FixedSystemScheme(SystemScheme):
    """A system scheme set by hand: for tests and for platforms that report none."""

    def __init__(self, dark: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dark = dark

    def is_dark(self) -> bool:
        return self._dark

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            self.changed.emit()


class ThemeManager(QObject):
    """Owns the application palette. ``applied(dark)`` fires after every change."""

    applied = Signal(bool)

    def __init__(self, app: QApplication, system: SystemScheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._system = system or StyleHintsScheme(app)
        self._system.changed.connect(self._on_system_changed)
        self._theme = THEME_SYSTEM
        self._dark: bool | None = None

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def is_dark(self) -> bool:
        return bool(self._dark)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._theme = theme
        self._apply()

    def _on_system_changed(self) -> None:
        if self._theme == THEME_SYSTEM:
            self._apply()

    def _wants_dark(self) -> bool:
        if self._theme == THEME_SYSTEM:
            return self._system.is_dark()
        return self._theme == THEME_DARK

    def _apply(self) -> None:
        dark = self._wants_dark()
        if dark == self._dark:
            return
        self._dark = dark
        self._style = StudyAppStyle(dark)  # the application does not keep it alive for Python
        self._app.setStyle(self._style)
        self._app.setPalette(build_palette(colours(dark)))
        # The style sheet carries colours too, so it is rebuilt with the palette.
        self._app.setStyleSheet(style_sheet(colours(dark)))
        self.applied.emit(dark)
