"""Later launches: the last profile opens directly, locked ones ask first; switching and adding."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.dialogs.add_profile_dialog import AddProfileDialog
from studyapp.ui.dialogs.sign_in_dialog import SignInDialog
from studyapp.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_dialog, wait_for_main

Start = Callable[[], AppController]


def test_last_used_profile_opens_directly(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    bea = accounts.create_profile(database, "b@example.com", "Bea", "Baker")
    accounts.open_profile(database, bea.id)
    window = wait_for_main(qtbot, start_app())
    assert window.session.profile.id == bea.id


def test_locked_profile_refuses_a_wrong_password_then_opens(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    locked = accounts.create_profile(database, "a@example.com", "Ann", "Able", "hunter22")
    accounts.open_profile(database, locked.id, "hunter22")
    controller = start_app()
    dialog = wait_for_dialog(qtbot, controller, SignInDialog)
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    error = dialog.errors.labels["password"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Wrong password. Try again."
    assert controller.window is None
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "hunter22")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert wait_for_main(qtbot, controller).session.profile.id == locked.id


def test_cancelling_the_sign_in_at_start_up_quits(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able", "hunter22")
    controller = start_app()
    dialog = wait_for_dialog(qtbot, controller, SignInDialog)
    assert dialog.cancel_button.text() == "Quit StudyApp"  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.finished) as finished:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert finished.args == [0]


def _switch(window: MainWindow, email: str) -> None:
    action = next(a for a in window.profile_menu.profile_actions if email in a.text())
    action.trigger()


def test_switching_profile_rebuilds_the_main_window(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    ann = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    bea = accounts.create_profile(database, "b@example.com", "Bea", "Baker")
    accounts.open_profile(database, ann.id)
    controller = start_app()
    first = wait_for_main(qtbot, controller)
    _switch(first, "b@example.com")
    qtbot.waitUntil(lambda: controller.window is not first and controller.window is not None)
    second = wait_for_main(qtbot, controller)
    assert second.session.profile.id == bea.id
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the old window is destroyed
    assert accounts.last_used_profile(database).id == bea.id  # type: ignore[union-attr]


def test_switching_to_a_locked_profile_asks_for_its_password(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    ann = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    bea = accounts.create_profile(database, "b@example.com", "Bea", "Baker", "s3cret")
    accounts.open_profile(database, ann.id)
    controller = start_app()
    first = wait_for_main(qtbot, controller)
    _switch(first, "b@example.com")
    dialog = wait_for_dialog(qtbot, controller, SignInDialog)
    assert isinstance(dialog, SignInDialog)
    assert not dialog.profile_box.isEnabled()
    assert dialog.selected().id == bea.id
    qtbot.keyClicks(dialog.password, "s3cret")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not first)
    assert wait_for_main(qtbot, controller).session.profile.id == bea.id


def test_adding_a_profile_from_the_menu_opens_it(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    first = wait_for_main(qtbot, controller)
    first.profile_menu.add_action.trigger()
    dialog = wait_for_dialog(qtbot, controller, AddProfileDialog)
    assert isinstance(dialog, AddProfileDialog)
    qtbot.keyClicks(dialog.form.email, "A@example.com")
    qtbot.keyClicks(dialog.form.first_name, "Dup")
    qtbot.keyClicks(dialog.form.last_name, "Licate")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form.errors.labels["email"].isVisible)
    assert len(accounts.list_profiles(database)) == 1
    dialog.form.email.setText("c@example.com")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not first)
    window = wait_for_main(qtbot, controller)
    assert window.session.profile.email == "c@example.com"
    assert len(window.profile_menu.profile_actions) == 2
