"""The running app keeps itself in sync: it polls while signed in, sends local changes at once,
stays calm in the status bar, and backs off while the server is gone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.gouge import service as gouge
from studyapp.core.sync import service as sync
from studyapp.core.sync.tokens import TokenStore
from studyapp.paths import AppPaths
from studyapp.ui.app_controller import AppController
from studyapp.ui.main_window import MainWindow
from studyapp.ui.pages.gouge_page import GougePage
from studyapp.ui.sync_controller import SyncController, controller_for
from studyapp.ui.widgets.sync_status import SyncState
from tests.server.file_keyring import FileKeyring
from tests.server.harness import (
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import PASSWORD, Laptop, make_laptop
from tests.ui.conftest import wait_for_main

pytestmark = pytest.mark.slow
Start = Callable[[], AppController]


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def ana(database: Database, paths: AppPaths, file_keyring: KeyringBackend) -> Laptop:
    """The laptop the GUI runs on, signed in before the app starts."""
    profile = accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    return Laptop(paths, database, profile.id, TokenStore(file_keyring))


@pytest.fixture
def bo(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path / "bo", "bo@example.com", "Bo", "Lindqvist")
    laptop.login(server.url, "bo@example.com")
    yield laptop
    laptop.close()


def _signed_in_app(
    qtbot: QtBot, start_app: Start, ana: Laptop, server: ServerProcess
) -> tuple[MainWindow, SyncController]:
    sync.login(ana.db, ana.user_id, server.url, "ana@example.com", PASSWORD, ana.tokens,
               register=True)  # fmt: skip
    window = wait_for_main(qtbot, start_app())
    qtbot.waitUntil(lambda: window.sync_status.state is SyncState.UP_TO_DATE, timeout=20_000)
    return window, controller_for(window.session)


def test_others_gouge_appears_on_the_open_page_without_a_click(
    qtbot: QtBot, start_app: Start, ana: Laptop, bo: Laptop, server: ServerProcess
) -> None:
    window, _controller = _signed_in_app(qtbot, start_app, ana, server)
    page = window.show_page("gouge")
    assert isinstance(page, GougePage)
    bo.write_gouge(bo.add_examiner("Quinn Examiner"), content="Spin awareness, in depth.")
    bo.sync()
    qtbot.waitUntil(
        lambda: "Quinn Examiner" in [e.name for e in page.directory.model.rows()], timeout=10_000
    )


def test_a_local_change_goes_up_at_once_and_polls_stay_quiet(
    qtbot: QtBot, start_app: Start, ana: Laptop, bo: Laptop, server: ServerProcess
) -> None:
    _window, controller = _signed_in_app(qtbot, start_app, ana, server)
    states: list[SyncState] = []
    controller.state_changed.connect(lambda state, _code: states.append(state))
    with qtbot.waitSignals([controller.synced, controller.synced], timeout=15_000):
        pass  # two quiet polls
    controller.poll_interval_ms = 60_000  # from now on only the change itself sends it
    assert SyncState.SYNCING not in states

    ana.write_gouge(ana.add_examiner(), content="Asked for the Vx/Vy difference.")
    with qtbot.waitSignal(controller.synced, timeout=10_000) as round_:
        controller.request_sync()
    assert round_.args[0].pushed == 2  # the examiner and the report
    bo.sync()
    seen = bo.examiner_by_name("Dana Examiner")
    assert [r.content for r in gouge.list_gouge(bo.db, bo.user_id, seen.id)] == [
        "Asked for the Vx/Vy difference."
    ]


def test_polls_back_off_while_the_server_is_gone_and_resume_by_themselves(
    qtbot: QtBot, start_app: Start, ana: Laptop, server: ServerProcess
) -> None:
    _window, controller = _signed_in_app(qtbot, start_app, ana, server)
    controller.poll_interval_ms = 200
    server.stop()
    # The next poll is scheduled once the status is read again after the failure.
    qtbot.waitUntil(
        lambda: controller.failed_polls >= 2 and controller.timer.isActive(), timeout=30_000
    )
    assert controller.state is SyncState.OFFLINE
    assert controller.timer.interval() >= 200 * 2**2
    server.start()
    qtbot.waitUntil(lambda: controller.state is SyncState.UP_TO_DATE, timeout=30_000)
    assert controller.failed_polls == 0
