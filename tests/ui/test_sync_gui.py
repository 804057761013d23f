"""Settings → Sync against a real server: sign in, sync, status bar, and the no-keyring path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.gouge import service as gouge
from studyapp.core.sync import tokens
from studyapp.paths import AppPaths
from studyapp.ui.app_controller import AppController
from studyapp.ui.main_window import MainWindow
from studyapp.ui.pages.settings_page import SettingsPage
from studyapp.ui.pages.sync_section import SyncSection
from studyapp.ui.widgets.sync_status import SyncState
from tests.server.file_keyring import FileKeyring
from tests.server.harness import (
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import PASSWORD, Laptop, make_laptop
from tests.server.remote_alias import RemoteAlias
from tests.ui.conftest import wait_for_main

Start = Callable[[], AppController]


def use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[KeyringBackend]:
    yield from use_keyring(FileKeyring(tmp_path / "keyring.json"))


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    yield from use_keyring(fail.Keyring())


def open_sync(qtbot: QtBot, window: MainWindow) -> SyncSection:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    section = page.sync
    qtbot.waitUntil(lambda: section.controller.has_keyring is not None)
    return section


def sign_in(qtbot: QtBot, section: SyncSection, url: str, *, register: bool) -> None:
    section.url_edit.setText(url)
    section.email_edit.setText("ana@example.com")
    section.password_edit.setText(PASSWORD)
    button = section.register_button if register else section.sign_in_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_up_to_date(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sync_status.state is SyncState.UP_TO_DATE, timeout=20_000)
    assert window.sync_status.text() == "Sync: up to date"


def test_sign_in_sync_now_and_another_laptop_sees_the_gouge(
    start_app: Start,
    qtbot: QtBot,
    database: Database,
    paths: AppPaths,
    server: ServerProcess,
    file_keyring: KeyringBackend,
    tmp_path: Path,
) -> None:
    profile = accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    window = wait_for_main(qtbot, start_app())
    assert window.sync_status.state is SyncState.OFF
    section = open_sync(qtbot, window)
    assert not section.keyring_label.isVisible() and not section.run_only_check.isVisible()
    sign_in(qtbot, section, server.url, register=True)
    wait_up_to_date(qtbot, window)
    assert section.sync_button.isVisible() and not section.form.isVisible()
    assert "ana@example.com" in section.account_label.text()
    assert file_keyring.get_password(tokens.SERVICE, _keyring_key(database)) is not None

    ana = Laptop(paths, database, profile.id, tokens.TokenStore(file_keyring))
    examiner_id = ana.add_examiner()
    ana.write_gouge(examiner_id, content="Asked about Class B entry.")
    before = section.controller.status.last_sync_at  # type: ignore[union-attr]
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.controller.status.last_sync_at != before, timeout=20_000)  # type: ignore[union-attr]
    wait_up_to_date(qtbot, window)
    assert section.controller.status.queued == 0  # type: ignore[union-attr]
    assert "Changes waiting to be sent: 0." in section.last_sync_label.text()

    bo = make_laptop(tmp_path / "bo", "bo@example.com", "Bo", "Lindqvist")
    try:
        bo.login(server.url, "bo@example.com")
        bo.sync()
        seen = bo.examiner_by_name("Dana Examiner")
        reports = gouge.list_gouge(bo.db, bo.user_id, seen.id)
        assert [r.content for r in reports] == ["Asked about Class B entry."]
    finally:
        bo.close()

    qtbot.mouseClick(section.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_status.state is SyncState.OFF, timeout=20_000)
    assert section.form.isVisible()
    assert file_keyring.get_password(tokens.SERVICE, _keyring_key(database)) is None


def _keyring_key(database: Database) -> str:
    from studyapp.core.sync.models import SyncState as StoredState

    with database.session() as session:
        (state,) = session.query(StoredState).all()
        return state.keyring_key


def test_field_errors_beside_the_fields(
    start_app: Start,
    qtbot: QtBot,
    database: Database,
    server: ServerProcess,
    file_keyring: KeyringBackend,
) -> None:
    accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    section = open_sync(qtbot, wait_for_main(qtbot, start_app()))
    qtbot.mouseClick(section.sign_in_button, Qt.MouseButton.LeftButton)
    assert section.errors.visible() == {
        "server_url": "invalid",
        "email": "required",
        "password": "required",
    }
    sign_in(qtbot, section, server.url, register=False)  # no such account on the server
    qtbot.waitUntil(lambda: section.errors.visible() == {"password": "wrong"}, timeout=20_000)
    assert section.errors.labels["password"].text() == (
        "The server did not accept this email and password."
    )
    sign_in(qtbot, section, "http://example.com", register=False)
    qtbot.waitUntil(lambda: section.errors.visible() == {"server_url": "insecure"})


def test_without_a_keyring_it_says_so_and_keeps_the_token_for_this_run_only(
    start_app: Start,
    qtbot: QtBot,
    database: Database,
    paths: AppPaths,
    server: ServerProcess,
    no_keyring: KeyringBackend,
) -> None:
    accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    window = wait_for_main(qtbot, start_app())
    section = open_sync(qtbot, window)
    assert section.keyring_label.isVisible() and section.run_only_check.isVisible()
    assert "no system keyring" in section.keyring_label.text()
    sign_in(qtbot, section, server.url, register=True)
    qtbot.waitUntil(section.error_label.isVisible, timeout=20_000)
    assert "Keep me signed in for this run only" in section.error_label.text()
    assert window.sync_status.state is SyncState.OFF

    section.run_only_check.setChecked(True)
    sign_in(qtbot, section, server.url, register=False)  # the account exists now
    wait_up_to_date(qtbot, window)
    token = tokens._run_only[_keyring_key(database)]
    for file in paths.data_dir.rglob("*"):
        if file.is_file():
            assert token.encode() not in file.read_bytes(), file


def test_status_bar_says_offline_with_the_reason_when_the_server_is_gone(
    start_app: Start,
    qtbot: QtBot,
    database: Database,
    server: ServerProcess,
    file_keyring: KeyringBackend,
) -> None:
    accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    window = wait_for_main(qtbot, start_app())
    section = open_sync(qtbot, window)
    sign_in(qtbot, section, server.url, register=True)
    wait_up_to_date(qtbot, window)
    server.stop()
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_status.state is SyncState.OFFLINE, timeout=60_000)
    assert window.sync_status.text() == "Sync: offline"
    assert window.sync_status.toolTip().startswith("The sync server cannot be reached.")
    qtbot.waitUntil(section.error_label.isVisible)
    assert section.error_label.text().startswith("Last error: The sync server cannot be reached")


def test_plain_http_to_another_computer_needs_the_pilots_explicit_consent(
    start_app: Start,
    qtbot: QtBot,
    database: Database,
    server: ServerProcess,
    file_keyring: KeyringBackend,
) -> None:
    accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    window = wait_for_main(qtbot, start_app())
    section = open_sync(qtbot, window)
    remote = RemoteAlias(server.url)
    try:
        for local in ("https://sync.example.com", server.url, "http://localhost:8000"):
            section.url_edit.setText(local)
            assert not section.insecure_box.isVisible(), local
        sign_in(qtbot, section, remote.url, register=True)
        assert section.insecure_box.isVisible() and not section.insecure_check.isChecked()
        assert "password and your sign-in token would travel unencrypted" in (
            section.insecure_label.text()
        )
        assert section.insecure_check.text() == (
            "I understand, allow an unencrypted connection to this server"
        )
        assert section.errors.visible() == {"server_url": "insecure"}  # refused, nothing sent
        assert "Not signed in" in section.errors.labels["server_url"].text()
        qtbot.wait(200)  # nothing was submitted: nothing can arrive
        assert section.controller.status is None and section.register_button.isEnabled()

        section.insecure_check.setChecked(True)
        section.url_edit.setText(remote.url + "/")  # another address: consent again
        assert not section.insecure_check.isChecked()
        section.url_edit.setText(remote.url)
        qtbot.mouseClick(section.insecure_check, Qt.MouseButton.LeftButton)
        assert section.insecure_check.isChecked()
        qtbot.mouseClick(section.register_button, Qt.MouseButton.LeftButton)
        wait_up_to_date(qtbot, window)
        assert section.errors.visible() == {}
        assert section.controller.status.allow_insecure  # type: ignore[union-attr]
        assert "not encrypted" in section.account_label.text()
    finally:
        remote.close()
