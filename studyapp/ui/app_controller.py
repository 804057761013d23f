"""Which window is on screen, and for which profile.

Start-up: no profile → welcome screen; the last used profile (unlocked) → main
window; a locked or unknown one → sign-in dialog. Switching profile, adding
one and restoring a backup all end by building a fresh MainWindow.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.backup import run_scheduled_backups
from studyapp.core.db import Database
from studyapp.paths import AppPaths
from studyapp.ui import profile_loading as loading
from studyapp.ui.chat_activity import chat_activity_for
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.add_profile_dialog import AddProfileDialog
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.sign_in_dialog import SignInDialog
from studyapp.ui.main_window import MainWindow
from studyapp.ui.notifier import Notifier, make_notifier
from studyapp.ui.pages.sync_texts import sync_error
from studyapp.ui.restore_flow import RestoreFlow
from studyapp.ui.services import AppServices
from studyapp.ui.sync_controller import SyncController, controller_for
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.welcome_window import WelcomeWindow
from studyapp.ui.widgets.sync_status import SyncState

log = logging.getLogger(__name__)
BACKUP_INTERVAL_MS = 60 * 60 * 1000


class AppController(QObject):
    finished = Signal(int)  # exit code: the pilot closed the app
    window_shown = Signal(object)  # the first screen of each stage, once shown

    def __init__(
        self, paths: AppPaths, database: Database, tasks: TaskRunner, services: AppServices
    ) -> None:
        super().__init__()
        self.paths, self.database, self.tasks, self.services = paths, database, tasks, services
        self.window: QWidget | None = None
        self.dialog: QDialog | None = None
        self.restore_flow = RestoreFlow(self)
        self.sync: SyncController | None = None  # the open profile's sync client
        self.notifier: Notifier = make_notifier(self)  # desktop notifications (tray)
        services.restore_requested.connect(self.restore_flow.start)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.run_scheduled_backups)

    # -- start-up ----------------------------------------------------------------------

    def start(self) -> None:
        """Decide the first screen from the database (read off the GUI thread)."""
        self.backup_timer.start()
        self.tasks.submit(
            loading.load_start_state, self.database, write=False, on_result=self._route
        )

    def _route(self, state: loading.StartState) -> None:
        if not state.profiles:
            self.show_welcome()
        elif state.open_directly is not None:
            self.open_profile(state.open_directly)
        else:
            self.ask_sign_in(state.profiles, state.suggested_id, can_choose=True)

    def show_welcome(self) -> None:
        welcome = WelcomeWindow(self.database, self.tasks, self.services.language)
        welcome.created.connect(self._on_first_profile)
        self._replace_window(welcome)

    def _on_first_profile(self, profile: ProfileSummary, language: str) -> None:
        assert isinstance(self.window, WelcomeWindow)
        password = self.window.form.password.text() or None
        self.tasks.submit(
            loading.open_first_profile,
            self.database,
            profile.id,
            language,
            password,
            on_result=self._show_main,
        )

    # -- opening profiles -------------------------------------------------------------------

    def open_profile(self, profile: ProfileSummary, password: str | None = None) -> None:
        self.tasks.submit(
            loading.open_profile, self.database, profile.id, password, on_result=self._show_main
        )

    def ask_sign_in(
        self, profiles: list[ProfileSummary], selected_id: int, *, can_choose: bool
    ) -> None:
        dialog = SignInDialog(
            self.database,
            self.tasks,
            profiles,
            selected_id,
            can_choose=can_choose,
            at_start_up=self.window is None,
            parent=self.window,
        )
        dialog.finished.connect(self._on_sign_in_finished)
        self._show_dialog(dialog)
        if self.window is None:
            self.window_shown.emit(dialog)

    def _on_sign_in_finished(self, result: int) -> None:
        dialog = self._take_dialog()
        if isinstance(dialog, SignInDialog) and dialog.profile is not None:
            self.tasks.submit(
                loading.load_main_state,
                self.database,
                dialog.profile,
                write=False,
                on_result=self._show_main,
            )
        elif self.window is None:
            self.finished.emit(0)  # cancelled at start-up: nothing else to show

    def switch_to(self, profile: ProfileSummary) -> None:
        if profile.has_password:
            self.tasks.submit(
                accounts.list_profiles,
                self.database,
                write=False,
                on_result=lambda profiles: self.ask_sign_in(profiles, profile.id, can_choose=False),
            )
        else:
            self.open_profile(profile)

    def add_profile(self) -> None:
        dialog = AddProfileDialog(self.database, self.tasks, self.window)
        dialog.finished.connect(self._on_add_finished)
        self._show_dialog(dialog)

    def _on_add_finished(self, _result: int) -> None:
        dialog = self._take_dialog()
        if isinstance(dialog, AddProfileDialog) and dialog.profile is not None:
            self.open_profile(dialog.profile, dialog.form.password.text() or None)

    def _show_main(self, state: loading.MainState) -> None:
        self.services.apply_preferences(state.preferences)
        session = ProfileSession(self.paths, self.database, self.tasks, state.profile)
        window = MainWindow(session, self.services, state.profiles)
        window.switch_requested.connect(self.switch_to)
        window.add_profile_requested.connect(self.add_profile)
        self._replace_window(window)
        # Sync (issue 7): the profile's controller reports to this window's status bar
        # and syncs now (when signed in) and every few minutes; the old one stops here.
        self._start_sync(session, window)

    def _start_sync(self, session: ProfileSession, window: MainWindow) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync.state_changed.disconnect()  # its window is gone; a late result goes nowhere
        self.sync = controller_for(session)

        def show_state(state: SyncState, code: str) -> None:
            # A round still running when the window closed reports after it is gone.
            if shiboken6.isValid(window):
                window.set_sync_state(state, sync_error(code) if code else "")

        self.sync.state_changed.connect(show_state)
        self.sync.start()
        self._watch_chat(session, window)

    def _watch_chat(self, session: ProfileSession, window: MainWindow) -> None:
        """Chat (issue 5): unread count in the sidebar; a notification when the window is
        not active and the profile wants push notifications."""
        activity = chat_activity_for(session)
        show = alive(window, lambda count: window.sidebar.set_badge("chat", count))
        activity.unread_changed.connect(show)
        activity.attach(
            self.notifier,
            lambda: not window.isActiveWindow() and self.services.preferences.push_notifications,
        )
        activity.refresh_unread()

    # -- windows ------------------------------------------------------------------------

    def _replace_window(self, window: QWidget | None) -> None:
        old, self.window = self.window, window
        if old is not None:
            if isinstance(old, MainWindow | WelcomeWindow):
                old.closed.disconnect(self._on_window_closed)
            old.close()
            old.deleteLater()
        if window is not None:
            window.closed.connect(self._on_window_closed)
            window.show()
            self.window_shown.emit(window)

    def _on_window_closed(self) -> None:
        self.finished.emit(0)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _take_dialog(self) -> QDialog | None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        return dialog

    # -- background work and shutdown -------------------------------------------------------------

    def run_scheduled_backups(self) -> None:
        self.tasks.submit(run_scheduled_backups, self.paths, on_error=self._backup_failed)

    def _backup_failed(self, error: Exception) -> None:
        log.error("scheduled backup failed: %s", error)

    def replace_database(self, database: Database) -> None:
        self.database = database

    def close_windows(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self._replace_window(None)

    def shutdown(self) -> None:
        """Close every window, let running tasks finish, and close the database."""
        self.backup_timer.stop()
        if self.sync is not None:
            self.sync.stop()
        self.close_windows()
        self.tasks.wait_for_idle()
        self.database.close()
