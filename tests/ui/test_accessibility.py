"""Every interactive widget has an objectName (for tests and style) and an accessibleName
(for screen readers), on every screen and dialog of the shell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui.app_controller import AppController
from studyapp.ui.dialogs.add_profile_dialog import AddProfileDialog
from studyapp.ui.dialogs.lock_password_dialog import CHANGE, REMOVE, SET, LockPasswordDialog
from studyapp.ui.dialogs.sign_in_dialog import SignInDialog
from studyapp.ui.message_boxes import ask, show_message
from studyapp.ui.pages.registry import PAGES
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.welcome_window import WelcomeWindow
from tests.ui.conftest import wait_for_main

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` missing a name; parts inside another control
    (a combo box's line edit, a table's header) belong to that control and are skipped."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inside_control(widget, root):
            continue
        if not widget.isVisibleTo(root):
            continue  # hidden on purpose (another mode of the dialog, a page not shown)
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers, e.g. the menu bar's overflow button
        if not widget.objectName() or not widget.accessibleName():
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parentWidget()).__name__}"
            )
    return problems


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def test_main_window_and_every_page(
    start_app: Callable[[], AppController], qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window = wait_for_main(qtbot, start_app())
    for spec in PAGES:
        window.show_page(spec.key)
        window.session.tasks.wait_for_idle()
        assert unnamed(window) == [], spec.key


def test_welcome_screen(database: Database, services: AppServices, qtbot: QtBot) -> None:
    welcome = WelcomeWindow(database, TaskRunner(), services.language)
    qtbot.addWidget(welcome)
    assert unnamed(welcome) == []


def test_dialogs(start_app: Callable[[], AppController], qtbot: QtBot, database: Database) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window = wait_for_main(qtbot, start_app())
    session = window.session
    dialogs: list[QWidget] = [
        AddProfileDialog(session.database, session.tasks, window),
        SignInDialog(
            session.database, session.tasks, [profile], profile.id, can_choose=True, parent=window
        ),
        *(LockPasswordDialog(session, mode, window) for mode in (SET, CHANGE, REMOVE)),
    ]
    for dialog in dialogs:
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.deleteLater()
    for box in (
        show_message(window, QMessageBox.Icon.Information, "Title", "Text", "details"),
        ask(window, "Title", "Question?", "Do it", lambda: None),
    ):
        assert unnamed(box) == []
        box.close()
