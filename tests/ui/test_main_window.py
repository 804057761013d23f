"""The main window shell: pages, shortcuts, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.main_window import MainWindow
from studyapp.ui.pages.empty_state_page import EmptyStatePage
from studyapp.ui.pages.registry import PAGES
from studyapp.ui.widgets.sync_status import SyncState
from studyapp.ui.window_geometry import default_size
from tests.ui.conftest import wait_for_main

Start = Callable[[], AppController]


def main_window(start_app: Start, qtbot: QtBot, database: Database) -> MainWindow:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window = wait_for_main(qtbot, start_app())
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_sidebar_lists_the_nine_pages_in_order(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    window = main_window(start_app, qtbot, database)
    titles = [window.sidebar.list.item(row).text() for row in range(window.sidebar.list.count())]
    assert titles == [
        "Study",
        "Browse",
        "Mock oral",
        "Gouge",
        "Chat",
        "Progress",
        "Notifications",
        "Settings",
        "Profile",
    ]
    assert window.current_page_key() == "study"
    window.sidebar.list.setCurrentRow(4)
    assert window.current_page_key() == "chat"


def test_ctrl_digit_opens_each_page_and_tooltips_say_so(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    window = main_window(start_app, qtbot, database)
    for position, spec in reversed(list(enumerate(PAGES))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + position), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key
        assert window.sidebar.list.currentRow() == position
        assert f"Ctrl+{position + 1}" in window.sidebar.list.item(position).toolTip()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"


def test_pages_not_built_yet_say_so_honestly(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    window = main_window(start_app, qtbot, database)
    placeholders = [
        page
        for page in (window.show_page(spec.key) for spec in PAGES)
        if isinstance(page, EmptyStatePage)
    ]
    for page in placeholders:
        assert "not built yet" in page.status.text()
        assert page.headline.text()


def test_status_bar_shows_sync_state(start_app: Start, qtbot: QtBot, database: Database) -> None:
    window = main_window(start_app, qtbot, database)
    assert window.sync_status.text() == "Sync: off"
    window.set_sync_state(SyncState.OFFLINE)
    assert window.sync_status.text() == "Sync: offline"
    window.set_sync_state(SyncState.ERROR, "server said no")
    assert (window.sync_status.text(), window.sync_status.toolTip()) == (
        "Sync: error",
        "server said no",
    )


def test_window_size_and_position_are_remembered(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window = wait_for_main(qtbot, start_app())
    assert window.size() == default_size().expandedTo(window.minimumSizeHint())
    chosen = QSize(720, 500)  # above the window's minimum, which grows with the pages
    assert chosen.expandedTo(window.minimumSizeHint()) == chosen
    window.resize(chosen)
    window.move(QPoint(40, 50))
    position = window.pos()
    again = wait_for_main(qtbot, start_app())  # the first controller shuts down first
    assert again.size() == chosen
    assert again.pos() == position
