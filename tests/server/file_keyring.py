"""A keyring backend for tests: a JSON file, chosen with PYTHON_KEYRING_BACKEND.

    PYTHON_KEYRING_BACKEND=tests.server.file_keyring.FileKeyring
    STUDYAPP_TEST_KEYRING=/tmp/.../keyring.json

Plain text on purpose and only for tests: a test keyring must be inspectable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "STUDYAPP_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        # Never picked by keyring's auto-detection: only when named explicitly.
        if os.environ.get("PYTHON_KEYRING_BACKEND", "").endswith(cls.__name__):
            return 1
        raise RuntimeError("test keyring: select it with PYTHON_KEYRING_BACKEND")

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ.get(FILE_ENV, "test-keyring.json"))

    def _read(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(data)
