"""A real sync server for tests: ``studyapp-server`` in a subprocess on a free local port.

The same tests run on SQLite and, when 127.0.0.1:5432 answers, on PostgreSQL in a
fresh schema per server that is dropped afterwards.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "test"
BACKENDS = ("sqlite", "postgresql")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_user() -> str | None:
    try:
        import psycopg
    except ImportError:
        return None
    for user in ("postgres", "root"):
        try:
            with psycopg.connect(
                host=PG_HOST, port=PG_PORT, dbname=PG_DB, user=user, connect_timeout=2
            ):
                return user
        except psycopg.Error:
            continue
    return None


def _pg_execute(user: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(host=PG_HOST, port=PG_PORT, dbname=PG_DB, user=user) as conn:
        conn.execute(sql)


class PostgresSchema:
    """A throw-away schema in the test database; its URL puts it first on the search path."""

    def __init__(self, user: str) -> None:
        self.user = user
        self.name = f"studyapp_{secrets.token_hex(6)}"
        _pg_execute(user, f"CREATE SCHEMA {self.name}")
        self.url = (
            f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{PG_DB}"
            f"?options=-csearch_path%3D{self.name}"
        )

    def drop(self) -> None:
        _pg_execute(self.user, f"DROP SCHEMA {self.name} CASCADE")


def database_url(backend: str, folder: Path) -> tuple[str, PostgresSchema | None]:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'server.sqlite3'}", None
    user = _pg_user()
    if user is None:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432 (database 'test')")
    schema = PostgresSchema(user)
    return schema.url, schema


class ServerProcess:
    def __init__(
        self, database_url: str, log: Path, port: int | None = None, workers: int = 1
    ) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        command = [sys.executable, "-m", "studyapp.server", "--port", str(self.port)]
        command += ["--database-url", self.database_url, "--workers", str(self.workers)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(f"{self.url}/health", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture(params=BACKENDS, name="server")
def server_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    """A fresh server per test, on each backend."""
    url, schema = database_url(request.param, tmp_path)
    process = ServerProcess(url, tmp_path / "server.log").start()
    yield process
    process.stop()
    if schema is not None:
        schema.drop()


class Api:
    """A bare HTTP client for server tests (the app's own client is tested separately)."""

    def __init__(self, base: str, token: str | None = None) -> None:
        self.base, self.token = base, token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        return requests.post(
            self.base + path, json=body, headers=self._headers(), timeout=30, **kwargs
        )

    def get(self, path: str, **params: Any) -> requests.Response:
        return requests.get(self.base + path, params=params, headers=self._headers(), timeout=30)


def register_and_login(base: str, email: str, first: str = "Pat", last: str = "Pilot") -> Api:
    password = "correct horse battery"
    body = {"email": email, "first_name": first, "last_name": last, "password": password}
    assert requests.post(f"{base}/accounts/register", json=body, timeout=30).status_code == 201
    answer = requests.post(
        f"{base}/accounts/login", json={"email": email, "password": password}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return Api(base, answer.json()["token"])
