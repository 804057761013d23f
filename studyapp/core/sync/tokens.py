"""Where the sign-in token lives: the OS keyring, or this process only when the user chooses.

On a headless Linux box keyring picks its "fail" backend; we then raise
NoKeyring with a sentence saying so, and the caller may offer "keep it for this
run only" (``memory_only=True``). The token is never written to the database or
a file by us, and never logged.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "StudyApp sync"

# Tokens kept for this run only, by keyring key; gone when the process ends.
_run_only: dict[str, str] = {}


class NoKeyring(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "No usable system keyring was found to keep the sign-in token "
            f"({detail}). Install or unlock one (or set PYTHON_KEYRING_BACKEND), "
            "or choose to keep the token for this run only."
        )


class TokenStore:
    def __init__(self, backend: KeyringBackend | None = None, *, memory_only: bool = False):
        self.backend = backend
        self.memory_only = memory_only

    def _keyring(self) -> KeyringBackend:
        return self.backend or keyring.get_keyring()

    def save(self, key: str, token: str) -> None:
        if self.memory_only:
            _run_only[key] = token
            return
        try:
            self._keyring().set_password(SERVICE, key, token)
        except keyring.errors.KeyringError as error:
            raise NoKeyring(type(error).__name__) from None

    def load(self, key: str) -> str | None:
        if key in _run_only:
            return _run_only[key]
        if self.memory_only:
            return None
        try:
            return self._keyring().get_password(SERVICE, key)
        except keyring.errors.KeyringError as error:
            raise NoKeyring(type(error).__name__) from None

    def delete(self, key: str) -> None:
        _run_only.pop(key, None)
        if self.memory_only:
            return
        try:
            self._keyring().delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone
        except keyring.errors.KeyringError as error:
            raise NoKeyring(type(error).__name__) from None
