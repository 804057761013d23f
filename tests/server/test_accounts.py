"""Accounts on a real server: register, log in, log out, hashed tokens, slowed guessing
and limited registration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from studyapp.server import throttle
from studyapp.server.database import ServerDatabase, upgrade
from tests.server.harness import (
    Api,
    ServerProcess,
    register_and_login,
    server_fixture,  # noqa: F401  (the `server` fixture)
)

PASSWORD = "correct horse battery"


def _register(base: str, email: str, password: str = PASSWORD) -> requests.Response:
    body = {"email": email, "first_name": "Ana", "last_name": "Ruiz", "password": password}
    return requests.post(f"{base}/accounts/register", json=body, timeout=30)


def _login(base: str, email: str, password: str) -> requests.Response:
    body = {"email": email, "password": password}
    return requests.post(f"{base}/accounts/login", json=body, timeout=30)


def test_register_login_me_logout(server: ServerProcess) -> None:
    assert _register(server.url, "ana@example.com").status_code == 201
    login = _login(server.url, "ANA@example.com", PASSWORD)
    assert login.status_code == 200
    token = login.json()["token"]
    assert len(token) >= 43  # 256 bits, URL-safe base64
    api = Api(server.url, token)
    assert api.get("/accounts/me").json()["email"] == "ana@example.com"
    assert api.post("/accounts/logout").status_code == 204
    assert api.get("/accounts/me").status_code == 401
    assert api.post("/accounts/logout").status_code == 401


def test_registration_refuses_taken_email_and_bad_fields(server: ServerProcess) -> None:
    assert _register(server.url, "ana@example.com").status_code == 201
    taken = _register(server.url, "Ana@Example.com")
    assert taken.status_code == 422
    assert taken.json()["errors"] == {"email": "taken"}
    bad = _register(server.url, "not-an-email", password="short")
    assert bad.status_code == 422
    assert bad.json()["errors"] == {"email": "invalid", "password": "too_short"}
    long_name = {
        "email": "b@example.com",
        "first_name": "x" * 151,
        "last_name": "y",
        "password": PASSWORD,
    }
    assert (
        requests.post(f"{server.url}/accounts/register", json=long_name, timeout=30).status_code
        == 422
    )


def test_wrong_password_and_unknown_account_look_the_same(server: ServerProcess) -> None:
    _register(server.url, "ana@example.com")
    wrong = _login(server.url, "ana@example.com", "nope nope nope")
    unknown = _login(server.url, "nobody@example.com", "nope nope nope")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"error": "unauthorized"}


def test_repeated_failures_block_the_account_even_with_the_right_password(
    server: ServerProcess,
) -> None:
    _register(server.url, "ana@example.com")
    statuses = [_login(server.url, "ana@example.com", f"guess {i}").status_code for i in range(6)]
    assert statuses[:5] == [401] * 5
    blocked = _login(server.url, "ana@example.com", PASSWORD)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1


def test_repeated_failures_from_one_address_block_other_accounts_too(
    server: ServerProcess,
) -> None:
    _register(server.url, "zoe@example.com")
    for i in range(7):
        _login(server.url, f"guess{i}@example.com", "whatever whatever")
    assert _login(server.url, "zoe@example.com", PASSWORD).status_code == 429


def test_bad_tokens_are_refused(server: ServerProcess) -> None:
    for header in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic eDp5"}):
        answer = requests.get(f"{server.url}/accounts/me", headers=header, timeout=30)
        assert answer.status_code == 401
        assert answer.json() == {"error": "unauthorized"}


def test_tokens_are_stored_only_hashed_and_expire(server: ServerProcess) -> None:
    if not server.database_url.startswith("sqlite"):
        pytest.skip("reads the SQLite file directly; the code path is the same on PostgreSQL")
    api = register_and_login(server.url, "ana@example.com")
    path = server.database_url.removeprefix("sqlite:///")
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert api.token is not None and api.token not in dump
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE auth_token SET expires_at = '2000-01-01 00:00:00'")
    assert api.get("/accounts/me").status_code == 401


def test_health_and_openapi(server: ServerProcess) -> None:
    assert requests.get(f"{server.url}/health", timeout=30).json()["status"] == "ok"
    paths = requests.get(f"{server.url}/openapi.json", timeout=30).json()["paths"]
    assert {"/accounts/login", "/sync/push", "/sync/pull"} <= set(paths)


def test_registration_is_limited_per_address(server: ServerProcess) -> None:
    limit = throttle.REGISTRATION_LIMIT
    answers = [_register(server.url, f"pilot{i}@example.com") for i in range(limit)]
    assert [a.status_code for a in answers] == [201] * limit
    refused = _register(server.url, "one-more@example.com")
    assert refused.status_code == 429
    assert refused.json() == {"error": "too_many_attempts"}
    assert 3500 <= int(refused.headers["Retry-After"]) <= 3601  # the hour's window
    # Refused before anything was done: the account does not exist, and the earlier ones work.
    assert _login(server.url, "one-more@example.com", PASSWORD).status_code == 401
    assert _login(server.url, "pilot0@example.com", PASSWORD).status_code == 200


def test_registration_window_and_addresses(tmp_path: Path) -> None:
    db = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    upgrade(db)
    start = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    try:
        with db.session() as session:
            taken = [throttle.take_registration(session, "10.0.0.1", 2, start) for _ in range(3)]
            other = throttle.take_registration(session, "10.0.0.2", 2, start)
        assert taken == [0, 0, 3601] and other == 0
        later = start + throttle.REGISTRATION_WINDOW
        with db.session() as session:
            assert throttle.take_registration(session, "10.0.0.1", 2, later) == 0
    finally:
        db.close()
