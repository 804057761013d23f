"""Switching the interface language live.

Installing or removing a QTranslator makes Qt send every widget a
LanguageChange event; our widgets answer it by calling ``retranslate()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from studyapp.core.accounts.preferences import SUPPORTED_LANGUAGES
from studyapp.paths import resource

log = logging.getLogger(__name__)

#: Each language named in itself, so a pilot finds theirs whatever is showing.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
_LOCALES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}


def studyapp_translation(language: str) -> Path:
    """The compiled translation of StudyApp's own texts (resources/i18n/studyapp_<lang>.qm)."""
    return Path(str(resource("i18n", f"studyapp_{language}.qm")))


def system_language() -> str:
    """The supported language closest to the system's, for screens shown before any profile."""
    for language in QLocale.system().uiLanguages():
        code = language.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


class LanguageManager(QObject):
    """Installs the translators of the chosen language; ``changed(code)`` fires after a switch."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._language = SOURCE_LANGUAGE
        # Qt does not own installed translators: without these Python references
        # they are garbage-collected and the texts silently fall back to English.
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language == self._language:
            return
        self._remove_translators()
        QLocale.setDefault(QLocale(_LOCALES[language]))
        if language != SOURCE_LANGUAGE:
            self._install(studyapp_translation(language))
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(Path(qt_folder) / f"qtbase_{language}.qm")
        self._language = language
        self.changed.emit(language)

    def _install(self, file: Path) -> None:
        translator = QTranslator(self)
        if not translator.load(str(file)):
            log.warning("translation %s could not be loaded", file)
            return
        self._app.installTranslator(translator)
        self._translators.append(translator)

    def _remove_translators(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
