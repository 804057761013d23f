"""Runs the core's sync client for one profile off the GUI thread, and reports its state.

One controller per ProfileSession (``controller_for``): the settings section, the
status bar and the chat page see the same one. Sync runs after sign-in, on
"Sync now", on start when signed in, soon after every local change
(``request_sync``), and every few seconds while signed in, so others' chat
messages show up within seconds. Those polls are quiet: the status bar does not
flicker to "syncing" for them. While the server is unreachable the polls back
off, up to the old five-minute rhythm.

The sync client (requests, keyring) is imported by the worker functions below,
on the worker threads: the GUI's start-up does not pay for it (see cli_sync).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from studyapp.core.db import Database
from studyapp.ui.context import ProfileSession
from studyapp.ui.widgets.sync_status import SyncState

if TYPE_CHECKING:
    from studyapp.core.sync.engine import SyncReport
    from studyapp.core.sync.service import SyncStatus
    from studyapp.core.sync.tokens import TokenStore

POLL_INTERVAL_MS = 3000  # a pull with nothing new is one small request
OFFLINE_RETRY_MAX_MS = 5 * 60 * 1000
CHANGE_DELAY_MS = 250  # several quick local changes go up in one round
_controllers: weakref.WeakKeyDictionary[ProfileSession, SyncController] = (
    weakref.WeakKeyDictionary()
)


def controller_for(session: ProfileSession) -> SyncController:
    if session not in _controllers:
        _controllers[session] = SyncController(session)
    return _controllers[session]


# -- worker-thread functions ---------------------------------------------------------------


def keyring_available() -> bool:
    """False on a headless box where keyring falls back to its "fail" backend."""
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def _tokens(memory_only: bool) -> TokenStore:
    from studyapp.core.sync.tokens import TokenStore

    return TokenStore(memory_only=memory_only)


def _read_status(db: Database, user_id: int) -> tuple[SyncStatus | None, bool]:
    from studyapp.core.sync import service

    return service.status(db, user_id), keyring_available()


def _sync(db: Database, user_id: int, memory_only: bool) -> object:
    from studyapp.core.sync import service

    return service.sync_now(db, user_id, _tokens(memory_only))


def _login(db: Database, user_id: int, memory_only: bool, *args: Any, **kwargs: Any) -> object:
    from studyapp.core.sync import service

    return service.login(db, user_id, *args, _tokens(memory_only), **kwargs)


def _logout(db: Database, user_id: int, memory_only: bool) -> None:
    from studyapp.core.sync import service

    service.logout(db, user_id, _tokens(memory_only))


def error_code(error: Exception) -> str:
    """The sync client's code for ``error``: offline, signed_out, refused, no_keyring or error."""
    from studyapp.core.sync.http import SyncError
    from studyapp.core.sync.tokens import NoKeyring

    if isinstance(error, NoKeyring):
        return "no_keyring"
    return error.code if isinstance(error, SyncError) else "error"


# -- the controller ------------------------------------------------------------------------


class SyncController(QObject):
    state_changed = Signal(object, str)  # SyncState, error code ("" when none)
    status_changed = Signal(object)  # SyncStatus | None
    login_failed = Signal(object)  # the exception: ValidationError, SyncError, NoKeyring...
    synced = Signal(object)  # the core's SyncReport, after every successful round
    messages_arrived = Signal(list)  # IncomingMessage: others' new chat messages

    def __init__(self, session: ProfileSession) -> None:
        super().__init__(session.tasks)
        self.session = session
        self.memory_only = False  # the pilot's choice when there is no keyring
        self.has_keyring: bool | None = None  # None until the first status read
        self.busy = False
        self.again = False  # a local change arrived during a round: run another
        self.poll_interval_ms = POLL_INTERVAL_MS
        self.failed_polls = 0
        self.state, self.code = SyncState.OFF, ""
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self._run(quiet=True))
        self.change_timer = QTimer(self)
        self.change_timer.setSingleShot(True)
        self.change_timer.setInterval(CHANGE_DELAY_MS)
        self.change_timer.timeout.connect(self.sync_now)

    def _submit(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        # Reader threads, not the writer: network waits must not hold up the pilot's
        # own saves; the core keeps each of its transactions short.
        session = self.session
        session.tasks.submit(fn, session.database, session.user_id, *args, write=False, **kwargs)

    def start(self) -> None:
        """Read the stored state; sync at once when signed in, then poll."""
        self.refresh(then_sync=True)

    def stop(self) -> None:
        self.timer.stop()
        self.change_timer.stop()

    def request_sync(self) -> None:
        """A local change was saved: send it soon (after the running round, if any)."""
        if self.busy:
            self.again = True
        else:
            self.change_timer.start()

    def _schedule_poll(self) -> None:
        if self.status is None or not self.status.signed_in:
            return
        delay = self.poll_interval_ms * 2 ** min(self.failed_polls, 10)
        self.timer.start(min(delay, max(OFFLINE_RETRY_MAX_MS, self.poll_interval_ms)))

    def refresh(self, *, then_sync: bool = False) -> None:
        def shown(answer: tuple[SyncStatus | None, bool]) -> None:
            status, self.has_keyring = answer
            self._show_status(status)
            if then_sync and status is not None and status.signed_in:
                self.sync_now()

        self._submit(_read_status, on_result=shown)

    def _show_status(self, status: SyncStatus | None) -> None:
        self.status = status
        if status is None or (not status.signed_in and status.last_error != "signed_out"):
            self._set_state(SyncState.OFF, "")
        elif status.last_error:
            self._set_state(_state_for(status.last_error), status.last_error)
        elif status.last_sync_at is not None and not self.busy:
            self._set_state(SyncState.UP_TO_DATE, "")
        self.status_changed.emit(status)

    def _set_state(self, state: SyncState, code: str) -> None:
        self.state, self.code = state, code
        self.state_changed.emit(state, code)

    def sync_now(self) -> None:
        self._run(quiet=False)

    def _run(self, *, quiet: bool) -> None:
        if self.busy or self.status is None or not self.status.signed_in:
            return
        self.busy, self.again = True, False
        self.timer.stop()
        if not quiet or self.state != SyncState.UP_TO_DATE:
            self._set_state(SyncState.SYNCING, "")
        self._submit(_sync, self.memory_only, on_result=self._synced, on_error=self._sync_failed)

    def _synced(self, report: SyncReport) -> None:
        self.busy, self.failed_polls = False, 0
        self.synced.emit(report)
        if report.incoming:
            self.messages_arrived.emit(list(report.incoming))
        self._after_round()

    def _sync_failed(self, error: Exception) -> None:
        self.busy = False
        self.failed_polls += 1
        code = error_code(error)
        self._set_state(_state_for(code), code)
        self._after_round()

    def _after_round(self) -> None:
        def shown(answer: tuple[SyncStatus | None, bool]) -> None:
            status, self.has_keyring = answer
            self._show_status(status)
            if self.again:
                self.change_timer.start()
            else:
                self._schedule_poll()

        self._submit(_read_status, on_result=shown)

    def login(
        self, url: str, email: str, password: str, *, register: bool, allow_insecure: bool = False
    ) -> None:
        self._submit(
            _login,
            self.memory_only,
            url,
            email,
            password,
            register=register,
            allow_insecure=allow_insecure,
            on_result=self._logged_in,
            on_error=self.login_failed.emit,
        )

    def _logged_in(self, status: SyncStatus) -> None:
        self._show_status(status)
        self.sync_now()

    def logout(self) -> None:
        done = lambda _answer: self.refresh()  # noqa: E731  (signed out either way)
        self._submit(_logout, self.memory_only, on_result=done, on_error=done)


def _state_for(code: str) -> SyncState:
    return SyncState.OFFLINE if code == "offline" else SyncState.ERROR
