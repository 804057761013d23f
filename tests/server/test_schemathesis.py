"""schemathesis fuzzes every operation in /openapi.json, signed in: no answer may be a 5xx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.harness import (
    ServerProcess,
    register_and_login,
    server_fixture,  # noqa: F401  (the `server` fixture)
)

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def _fuzz(server: ServerProcess, token: str, folder: Path, *selection: str) -> str:
    command = [
        str(SCHEMATHESIS if SCHEMATHESIS.exists() else "schemathesis"),
        "run",
        f"{server.url}/openapi.json",
        "--checks",
        "not_a_server_error",
        "--header",
        f"Authorization: Bearer {token}",
        "--max-examples",
        "40",
        "--seed",
        "7",
        "--no-color",
        *selection,
    ]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "passed" in done.stdout
    return done.stdout


@pytest.mark.slow
def test_no_server_errors_under_fuzzing(server: ServerProcess, tmp_path: Path) -> None:
    if not SCHEMATHESIS.exists() and shutil.which("schemathesis") is None:
        pytest.skip("schemathesis is not installed (pip install 'studyapp[test]')")
    token = register_and_login(server.url, "fuzz@example.com").token
    assert token is not None
    # Logout last and alone: it revokes the token every other operation is fuzzed with.
    out = _fuzz(server, token, tmp_path, "--exclude-path", "/accounts/logout")
    assert "Authentication failed" not in out  # the signed-in paths were really reached
    _fuzz(server, token, tmp_path, "--include-path", "/accounts/logout")
