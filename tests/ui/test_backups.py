"""Backups in Settings: back up now, and a full restore round trip through the GUI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.backup import list_backups
from studyapp.core.db import Database
from studyapp.paths import AppPaths
from studyapp.ui.app_controller import AppController
from studyapp.ui.main_window import MainWindow
from studyapp.ui.pages.backups_section import BackupsSection
from studyapp.ui.pages.settings_page import SettingsPage
from tests.ui.conftest import wait_for_main

Start = Callable[[], AppController]


def backups_of(qtbot: QtBot, window: MainWindow) -> BackupsSection:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.backups.model.rowCount() > 0)  # start-up made daily + weekly
    return page.backups


def click_button(qtbot: QtBot, box: QMessageBox, name: str) -> None:
    button = next(b for b in box.buttons() if b.objectName() == name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_now_adds_a_manual_backup(
    start_app: Start, qtbot: QtBot, database: Database, paths: AppPaths
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    section = backups_of(qtbot, wait_for_main(qtbot, start_app()))
    before = section.model.rowCount()
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == before + 1)
    assert section.status.text().startswith("Backup written: studyapp-")
    kinds = {section.model.index(row, 0).data() for row in range(section.model.rowCount())}
    assert {"Manual", "Daily", "Weekly"} <= kinds
    assert [b.kind for b in list_backups(paths)].count("manual") == 1


def test_restore_round_trip(
    start_app: Start, qtbot: QtBot, database: Database, paths: AppPaths
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    section = backups_of(qtbot, wait_for_main(qtbot, controller))
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3)
    # Data changed after the backup: the restore must bring "Ann" back.
    accounts.update_profile(
        database,
        profile.id,
        first_name="Changed",
        last_name="Able",
        bio="",
        location="",
        birth_date=None,
    )
    manual = next(r for r in range(3) if section.model.row(r).kind == "manual")
    section.table.selectRow(manual)
    qtbot.mouseClick(section.restore_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.question is not None)
    question = section.question
    assert question is not None
    assert "safety copy" in question.text()
    old_window = controller.window
    click_button(qtbot, question, "acceptButton")
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window is not old_window,
        timeout=15_000,
    )
    window = wait_for_main(qtbot, controller)
    assert window.session.database is controller.database is not database
    assert accounts.get_profile_details(controller.database, profile.id).first_name == "Ann"
    assert any(b.kind == "pre-restore" for b in list_backups(paths))
    qtbot.waitUntil(lambda: controller.restore_flow.message_box is not None)
    box = controller.restore_flow.message_box
    assert box is not None and box.isVisible()
    assert "safety copy" in box.text()
    click_button(qtbot, box, "okButton")


def test_a_file_that_is_not_a_backup_is_refused_clearly(
    start_app: Start, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    window = wait_for_main(qtbot, controller)
    section = backups_of(qtbot, window)
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("these are my notes, not a database")
    section.check_and_confirm(junk)
    qtbot.waitUntil(lambda: section.message is not None)
    message = section.message
    assert message is not None
    assert message.text() == "This file is not a StudyApp backup, or it is damaged."
    assert controller.window is window  # nothing was closed or replaced
    click_button(qtbot, message, "okButton")


def test_scheduled_backups_run_hourly_through_the_task_runner(
    start_app: Start, qtbot: QtBot, database: Database, paths: AppPaths
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    wait_for_main(qtbot, controller)
    assert controller.backup_timer.isActive()
    assert controller.backup_timer.interval() == 60 * 60 * 1000
    for daily in (paths.backups / "daily").glob("*.sqlite3"):
        daily.unlink()  # as if the day had turned since start-up
    controller.backup_timer.timeout.emit()
    controller.tasks.wait_for_idle()
    assert any(b.kind == "daily" for b in list_backups(paths))
