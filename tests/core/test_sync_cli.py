"""``studyapp sync login / sync / logout`` against a real server, and the keyring rules."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import PasswordSetError

from studyapp import cli
from studyapp.core.errors import ValidationError
from studyapp.core.startup import open_database
from studyapp.core.sync import service as sync
from studyapp.core.sync.tokens import NoKeyring, TokenStore
from studyapp.core.sync.urls import check_server_url, is_unencrypted_remote
from studyapp.paths import resolve_paths
from studyapp.server.throttle import REGISTRATION_LIMIT_ENV
from tests.server.file_keyring import FileKeyring
from tests.server.harness import (
    Api,
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import make_laptop
from tests.server.remote_alias import RemoteAlias


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _cli(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


def test_login_sync_logout_from_the_command_line(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    server: ServerProcess,
    file_keyring: FileKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # everything requests and urllib3 log, too
    monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
    ana = make_laptop(tmp_path / "ana", "ana@example.com", "Ana", "Z")
    examiner_id = ana.add_examiner()
    ana.write_gouge(examiner_id)
    ana.close()
    folder = ana.paths.data_dir
    login = ["sync", "login", "--profile", "ana@example.com", "--server", server.url]
    assert _cli(folder, *login, "--email", "ana@example.com", "--register") == 0
    out = capsys.readouterr().out
    assert "Created the account and signed in" in out
    token_values = list(file_keyring._read().values())
    assert len(token_values) == 1 and token_values[0] not in out
    assert _cli(folder, "sync", "--profile", "ana@example.com") == 0
    assert "Pushed 2 change(s); 0 refused, 0 merged." in capsys.readouterr().out
    assert _cli(folder, "sync", "logout", "--profile", "ana@example.com") == 0
    assert file_keyring._read() == {}
    assert _cli(folder, "sync", "--profile", "ana@example.com") == 1
    assert "not signed in" in capsys.readouterr().err
    assert caplog.records and token_values[0] not in caplog.text


def test_wrong_password_and_unknown_profile_are_plain_errors(
    tmp_path: Path,
    server: ServerProcess,
    file_keyring: FileKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
    folder = tmp_path / "data"
    make_laptop(folder, "ana@example.com", "Ana", "Z").close()
    args = ["sync", "login", "--server", server.url, "--email", "ana@example.com"]
    assert _cli(folder, *args, "--profile", "ana@example.com") == 1
    assert "password: wrong" in capsys.readouterr().err
    assert _cli(folder, *args, "--profile", "nobody@example.com") == 1
    assert "No local profile" in capsys.readouterr().err


def test_headless_linux_without_a_keyring_says_so(
    tmp_path: Path,
    server: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
        folder = tmp_path / "data"
        make_laptop(folder, "ana@example.com", "Ana", "Z").close()
        args = ["sync", "login", "--profile", "ana@example.com", "--server", server.url]
        assert _cli(folder, *args, "--email", "ana@example.com", "--register") == 1
        assert "No usable system keyring" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)


def test_keep_for_this_run_only_never_touches_the_keyring(tmp_path: Path) -> None:
    with pytest.raises(NoKeyring, match="for this run only"):
        TokenStore(fail.Keyring()).save("k", "secret-token")
    run_only = TokenStore(fail.Keyring(), memory_only=True)
    run_only.save("k", "secret-token")
    assert run_only.load("k") == "secret-token"
    run_only.delete("k")
    assert run_only.load("k") is None


def test_plain_http_only_to_this_computer_unless_allowed() -> None:
    assert check_server_url("https://sync.example.com/") == "https://sync.example.com"
    assert check_server_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    assert check_server_url("http://localhost:8000/") == "http://localhost:8000"
    with pytest.raises(ValidationError) as refused:
        check_server_url("http://sync.example.com")
    assert refused.value.errors == {"server_url": "insecure"}
    allowed = check_server_url("http://sync.example.com", allow_insecure=True)
    assert allowed == "http://sync.example.com"
    for bad in ("ftp://x.example.com", "sync.example.com", "https://"):
        with pytest.raises(ValidationError):
            check_server_url(bad)


def test_existing_subcommands_are_untouched(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data").ensure()
    open_database(paths).close()
    assert _cli(paths.data_dir, "profiles", "list") == 0


def test_unencrypted_remote_is_plain_http_to_another_computer() -> None:
    assert is_unencrypted_remote("http://sync.example.com:8000")
    assert is_unencrypted_remote("http://127.0.0.2:8000")  # loopback, but not a local name
    for fine in ("https://sync.example.com", "http://LOCALHOST:1", "http://[::1]:8000", ""):
        assert not is_unencrypted_remote(fine), fine
    with pytest.raises(ValidationError) as bad_port:
        check_server_url("https://sync.example.com:port")
    assert bad_port.value.errors == {"server_url": "invalid"}


@pytest.fixture
def remote(server: ServerProcess) -> Iterator[RemoteAlias]:
    alias = RemoteAlias(server.url)
    yield alias
    alias.close()


def test_plain_http_to_another_computer_only_with_the_flag(
    tmp_path: Path,
    remote: RemoteAlias,
    file_keyring: FileKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
    folder = tmp_path / "data"
    laptop = make_laptop(folder, "ana@example.com", "Ana", "Z")
    laptop.close()
    login = ["sync", "login", "--profile", "ana@example.com", "--server", remote.url]
    login += ["--email", "ana@example.com", "--register"]
    assert _cli(folder, *login) == 1
    refused = capsys.readouterr().err
    assert "unencrypted" in refused and "--allow-insecure-http" in refused
    assert file_keyring._read() == {}  # refused before anything was sent
    assert _cli(folder, *login, "--allow-insecure-http") == 0
    captured = capsys.readouterr()
    assert f"Created the account and signed in to {remote.url}" in captured.out
    assert "not encrypted" in captured.err
    database = open_database(laptop.paths)
    try:
        status = sync.status(database, laptop.user_id)
        assert status is not None and status.signed_in and status.allow_insecure
    finally:
        database.close()
    assert _cli(folder, "sync", "--profile", "ana@example.com") == 0


class RefusingKeyring(FileKeyring):
    """A keyring that will not store (locked, or out of space): remembers what it was offered."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.offered: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.offered.append(password)
        raise PasswordSetError("the keyring is locked")


def test_a_token_the_keyring_refuses_is_revoked_on_the_server(
    tmp_path: Path,
    server: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backend = RefusingKeyring(tmp_path / "keyring.json")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
        folder = tmp_path / "data"
        laptop = make_laptop(folder, "ana@example.com", "Ana", "Z")
        laptop.close()
        args = ["sync", "login", "--profile", "ana@example.com", "--server", server.url]
        assert _cli(folder, *args, "--email", "ana@example.com", "--register") == 1
    finally:
        keyring.set_keyring(previous)
    assert "No usable system keyring" in capsys.readouterr().err
    (token,) = backend.offered
    assert Api(server.url, token).get("/accounts/me").status_code == 401  # revoked
    database = open_database(laptop.paths)
    try:
        assert sync.status(database, laptop.user_id) is None  # nothing half-stored
    finally:
        database.close()
    # The account itself was created, so signing in with a working keyring just works.
    working = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(working)
    try:
        assert _cli(folder, *args, "--email", "ana@example.com") == 0
    finally:
        keyring.set_keyring(previous)
    (stored,) = working._read().values()
    assert Api(server.url, stored).get("/accounts/me").status_code == 200


def test_a_registration_limit_is_reported_at_once_not_retried(
    tmp_path: Path,
    file_keyring: FileKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(REGISTRATION_LIMIT_ENV, "1")
    monkeypatch.setenv("STUDYAPP_SYNC_PASSWORD", "correct horse battery")
    log = tmp_path / "server.log"
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.sqlite3'}", log).start()
    try:
        for name in ("ana", "bo"):
            make_laptop(tmp_path / name, f"{name}@example.com", name.title(), "Z").close()
        login = ["sync", "login", "--server", server.url, "--register"]
        ana = ["--profile", "ana@example.com", "--email", "ana@example.com"]
        assert _cli(tmp_path / "ana", *login, *ana) == 0
        bo = ["--profile", "bo@example.com", "--email", "bo@example.com"]
        assert _cli(tmp_path / "bo", *login, *bo) == 1
        assert "refuses more attempts from here for now; wait about 60 min" in (
            capsys.readouterr().err
        )
    finally:
        server.stop()
    registrations = [line for line in log.read_text().splitlines() if "/accounts/register" in line]
    assert len(registrations) == 2 and "429" in registrations[1]  # asked once, not retried
