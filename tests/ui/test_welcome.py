"""First launch: the welcome screen creates the first profile, or says exactly what is wrong."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import preferences as prefs
from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.welcome_window import WelcomeWindow
from tests.ui.conftest import wait_for_main, wait_for_window


@pytest.fixture
def welcome(database: Database, services: AppServices, qtbot: QtBot) -> Iterator[WelcomeWindow]:
    tasks = TaskRunner()
    window = WelcomeWindow(database, tasks, services.language)
    qtbot.addWidget(window)
    window.show()
    yield window
    tasks.wait_for_idle()
    window.close()


def fill(
    window: WelcomeWindow,
    qtbot: QtBot,
    email: str,
    first: str,
    last: str,
    password: str = "",
    confirm: str = "",
) -> None:
    form = window.form
    for edit, text in (
        (form.email, email),
        (form.first_name, first),
        (form.last_name, last),
        (form.password, password),
        (form.confirm, confirm),
    ):
        edit.clear()
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # QTest types ASCII only
            edit.setText(text)


def submit_and_wait_for_error(window: WelcomeWindow, qtbot: QtBot, field: str) -> str:
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    label = window.form.errors.labels[field]
    qtbot.waitUntil(lambda: label.isVisible(), timeout=5000)
    return label.text()


def test_first_launch_creates_the_profile_and_opens_it(
    start_app: Callable[[], AppController], qtbot: QtBot, database: Database
) -> None:
    controller = start_app()
    welcome = wait_for_window(qtbot, controller, WelcomeWindow)
    assert isinstance(welcome, WelcomeWindow)
    fill(welcome, qtbot, "amelia@example.com", "Amelia", "Earhart")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    window = wait_for_main(qtbot, controller)
    assert window.session.profile.email == "amelia@example.com"
    assert "Amelia Earhart" in window.windowTitle()
    assert [p.email for p in accounts.list_profiles(database)] == ["amelia@example.com"]
    assert accounts.last_used_profile(database) is not None


def test_malformed_email_is_explained_and_nothing_saved(
    welcome: WelcomeWindow, qtbot: QtBot, database: Database
) -> None:
    fill(welcome, qtbot, "amelia.example.com", "Amelia", "Earhart")
    text = submit_and_wait_for_error(welcome, qtbot, "email")
    assert "not a valid email address" in text
    assert accounts.list_profiles(database) == []


def test_duplicate_email_in_other_letter_case_is_refused(
    welcome: WelcomeWindow, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "Amelia@Example.com", "Amelia", "Earhart")
    fill(welcome, qtbot, "amelia@EXAMPLE.com", "Other", "Pilot")
    text = submit_and_wait_for_error(welcome, qtbot, "email")
    assert "already uses this email" in text
    assert len(accounts.list_profiles(database)) == 1


def test_names_are_required(welcome: WelcomeWindow, qtbot: QtBot, database: Database) -> None:
    fill(welcome, qtbot, "amelia@example.com", "  ", "")
    assert "first name" in submit_and_wait_for_error(welcome, qtbot, "first_name")
    assert welcome.form.errors.labels["last_name"].text() == "Enter your last name."
    assert not welcome.form.errors.labels["email"].isVisible()
    assert accounts.list_profiles(database) == []


def test_password_confirmation_must_match(
    welcome: WelcomeWindow, qtbot: QtBot, database: Database
) -> None:
    fill(welcome, qtbot, "amelia@example.com", "Amelia", "Earhart", "secret1", "secret2")
    assert "do not match" in submit_and_wait_for_error(welcome, qtbot, "confirm")
    assert accounts.list_profiles(database) == []


def test_error_message_follows_a_language_switch(
    welcome: WelcomeWindow, qtbot: QtBot, services: AppServices
) -> None:
    fill(welcome, qtbot, "bad", "Amelia", "Earhart")
    submit_and_wait_for_error(welcome, qtbot, "email")
    welcome.language_box.setCurrentIndex(welcome.language_box.findData("es"))
    assert services.language.language == "es"
    qtbot.waitUntil(lambda: welcome.create_button.text() == "Crear perfil")
    assert "no es válido" in welcome.form.errors.labels["email"].text()


def test_language_chosen_on_the_welcome_screen_is_kept_for_the_profile(
    start_app: Callable[[], AppController], qtbot: QtBot, database: Database
) -> None:
    controller = start_app()
    welcome = wait_for_window(qtbot, controller, WelcomeWindow)
    assert isinstance(welcome, WelcomeWindow)
    welcome.language_box.setCurrentIndex(welcome.language_box.findData("es"))
    fill(welcome, qtbot, "jose@example.com", "José", "Pérez", "clave", "clave")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    window = wait_for_main(qtbot, controller)
    assert window.session.profile.has_password
    assert prefs.get_preferences(database, window.session.user_id).language == "es"
    qtbot.waitUntil(lambda: window.sidebar.list.item(0).text() == "Estudio")
