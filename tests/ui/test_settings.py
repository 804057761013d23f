"""Settings apply at once (theme, language) and persist per profile across a restart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import preferences as prefs
from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.main_window import MainWindow
from studyapp.ui.pages.settings_page import SettingsPage
from studyapp.ui.theme import FixedSystemScheme
from tests.ui.conftest import wait_for_main

Start = Callable[[], AppController]


def window_is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100


def open_settings(qtbot: QtBot, controller: AppController) -> tuple[MainWindow, SettingsPage]:
    window = wait_for_main(qtbot, controller)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def test_dark_theme_and_spanish_apply_immediately_and_survive_a_restart(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window, page = open_settings(qtbot, start_app())
    assert not window_is_dark()
    page.theme_box.setCurrentIndex(1)  # Dark
    assert window_is_dark()
    page.language_box.setCurrentIndex(page.language_box.findData("es"))
    qtbot.waitUntil(lambda: page.title.text() == "Configuración")
    assert window.sidebar.list.item(0).text() == "Estudio"
    assert window.sync_status.text() == "Sincronización: desactivada"
    page.charts_check.setChecked(False)
    window.session.tasks.wait_for_idle()
    saved = prefs.get_preferences(database, profile.id)
    assert (saved.theme, saved.language, saved.show_progress_charts) == ("dark", "es", False)

    _window, again = open_settings(qtbot, start_app())
    assert window_is_dark()
    assert again.theme_box.currentIndex() == 1
    assert again.language_box.currentData() == "es"
    assert not again.charts_check.isChecked()
    qtbot.waitUntil(lambda: again.title.text() == "Configuración")


def test_back_to_english_and_light(start_app: Start, qtbot: QtBot, database: Database) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    prefs.save_preferences(
        database, profile.id, prefs.Preferences(language="es").with_theme("dark")
    )
    window, page = open_settings(qtbot, start_app())
    assert window_is_dark()
    qtbot.waitUntil(lambda: page.title.text() == "Configuración")
    page.theme_box.setCurrentIndex(0)
    page.language_box.setCurrentIndex(page.language_box.findData("en"))
    assert not window_is_dark()
    qtbot.waitUntil(lambda: page.title.text() == "Settings")
    assert window.sidebar.list.item(7).text() == "Settings"


def test_follow_system_tracks_the_system_scheme(
    start_app: Start, qtbot: QtBot, database: Database, system_scheme: FixedSystemScheme
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    _window, page = open_settings(qtbot, start_app())
    page.theme_box.setCurrentIndex(2)  # Follow system
    assert not window_is_dark()
    system_scheme.set_dark(True)
    assert window_is_dark()
    system_scheme.set_dark(False)
    assert not window_is_dark()
    page.theme_box.setCurrentIndex(0)  # an explicit choice ignores the system
    system_scheme.set_dark(True)
    assert not window_is_dark()
    page.window().session.tasks.wait_for_idle()  # type: ignore[attr-defined]
    assert prefs.get_preferences(database, profile.id).theme == "light"


def test_notification_choices_are_saved(start_app: Start, qtbot: QtBot, database: Database) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window, page = open_settings(qtbot, start_app())
    page.email_check.setChecked(False)
    page.push_check.setChecked(False)
    window.session.tasks.wait_for_idle()
    saved = prefs.get_preferences(database, profile.id)
    assert (saved.email_notifications, saved.push_notifications) == (False, False)
    assert saved.show_progress_charts


def test_dark_palette_keeps_text_readable(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    _window, page = open_settings(qtbot, start_app())
    page.theme_box.setCurrentIndex(1)
    palette = QApplication.palette()
    for text, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        gap = palette.color(text).lightness() - palette.color(background).lightness()
        assert abs(gap) > 110, (text, background)
