"""The Profile page: names, bio, location, birth date, and the lock password."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.pages.profile_page import ProfilePage
from tests.ui.conftest import wait_for_main

Start = Callable[[], AppController]


def open_profile_page(qtbot: QtBot, controller: AppController) -> ProfilePage:
    page = wait_for_main(qtbot, controller).show_page("profile")
    assert isinstance(page, ProfilePage)
    qtbot.waitUntil(page.isEnabled)  # details loaded
    return page


def save_and_wait(page: ProfilePage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.save_button.isEnabled)
    page._session.tasks.wait_for_idle()


def test_profile_edits_are_saved(start_app: Start, qtbot: QtBot, database: Database) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    page = open_profile_page(qtbot, controller)
    assert page.email.text() == "a@example.com"
    assert page.birth_date.value() is None
    assert page.birth_date.text() == "Not set"
    page.first_name.setText("Annie")
    page.location.setText("Austin (KAUS)")
    page.bio.setPlainText("Private pilot, working on the instrument rating.")
    page.birth_date.set_value(date(1990, 5, 17))
    save_and_wait(page, qtbot)
    assert page.saved_label.text() == "Profile saved."
    details = accounts.get_profile_details(database, profile.id)
    assert (details.first_name, details.location, details.birth_date) == (
        "Annie",
        "Austin (KAUS)",
        date(1990, 5, 17),
    )
    assert "Annie Able" in controller.window.windowTitle()  # type: ignore[union-attr]
    page.birth_date.clear_value()
    save_and_wait(page, qtbot)
    assert accounts.get_profile_details(database, profile.id).birth_date is None


def test_future_birth_date_and_empty_names_are_refused(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    page = open_profile_page(qtbot, start_app())
    page.birth_date.set_value(date.today() + timedelta(days=3))
    page.first_name.setText("")
    page.last_name.setText("   ")
    page.location.setText("Somewhere")
    save_and_wait(page, qtbot)
    labels = page.errors.labels
    assert labels["birth_date"].text() == "The birth date cannot be in the future."
    assert labels["first_name"].text() == "Enter your first name."
    assert labels["last_name"].isVisible()
    assert not labels["location"].isVisible()
    assert page.saved_label.text() == ""
    details = accounts.get_profile_details(database, profile.id)
    assert (details.first_name, details.location, details.birth_date) == ("Ann", "", None)


def test_lock_password_can_be_set_changed_and_removed(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    lock = open_profile_page(qtbot, start_app()).lock
    assert lock.set_button.isVisibleTo(lock) and not lock.change_button.isVisibleTo(lock)

    qtbot.mouseClick(lock.set_button, Qt.MouseButton.LeftButton)
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.new, "first1")
    qtbot.keyClicks(dialog.confirm, "other")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.labels["confirm"].text() == "The two passwords do not match."
    dialog.confirm.setText("first1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.locked)
    assert accounts.list_profiles(database)[0].has_password

    qtbot.mouseClick(lock.change_button, Qt.MouseButton.LeftButton)
    dialog = lock.dialog
    assert dialog is not None
    for edit, text in (
        (dialog.current, "nope"),
        (dialog.new, "second2"),
        (dialog.confirm, "second2"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.errors.labels["current_password"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The current password is not correct."
    dialog.current.setText("first1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.dialog is None)
    accounts.open_profile(database, profile.id, "second2")  # the new password works

    qtbot.mouseClick(lock.remove_button, Qt.MouseButton.LeftButton)
    dialog = lock.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.current, "second2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lock.locked)
    assert not accounts.list_profiles(database)[0].has_password
