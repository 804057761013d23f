"""Two laptops for fault tests: Ana reaches the server through a FaultProxy, Bo directly.

Import the fixture functions into a test module (``ana_fixture``, ``bo_fixture``,
``proxy_fixture``; the fixtures are named ``ana``, ``bo``, ``proxy``) together with the
``server`` fixture from tests.server.harness.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.fault_proxy import FaultProxy
from tests.server.harness import ServerProcess
from tests.server.laptops import Laptop, make_laptop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(name="proxy")
def proxy_fixture(server: ServerProcess) -> Iterator[FaultProxy]:
    faulty = FaultProxy(server.url)
    yield faulty
    faulty.close()


@pytest.fixture(name="ana")
def ana_fixture(tmp_path: Path, proxy: FaultProxy) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path / "ana", "ana@example.com", "Ana", "Zebrowski")
    laptop.login(proxy.url, "ana@example.com")
    yield laptop
    laptop.close()


@pytest.fixture(name="bo")
def bo_fixture(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path / "bo", "bo@example.com", "Bo", "Lindqvist")
    laptop.login(server.url, "bo@example.com")
    yield laptop
    laptop.close()


def kill_sync_after_the_server_applied_its_push(laptop: Laptop, proxy: FaultProxy) -> None:
    """Run ``studyapp sync`` for ``laptop`` in a child process and kill it once the server has
    taken its push but before the answer arrives; then let the proxy go on."""
    proxy.add("/sync/push", "hold")
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.server.file_keyring.FileKeyring",
        "STUDYAPP_TEST_KEYRING": str(laptop.paths.data_dir / "keyring.json"),
    }
    command = [sys.executable, "-m", "studyapp", "--data-dir", str(laptop.paths.data_dir)]
    child = subprocess.Popen(
        [*command, "sync", "--profile", "ana@example.com"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    while not proxy.forwarded.wait(0.1):
        assert child.poll() is None, child.communicate(timeout=5)
    child.send_signal(signal.SIGKILL)  # the server applied the batch; the laptop never heard
    child.wait(10)
    proxy.release.set()
