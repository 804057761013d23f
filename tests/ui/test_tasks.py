"""The task runner: work off the GUI thread, results back on it, writes one at a time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from studyapp.core.errors import ValidationError
from studyapp.ui.tasks import Cancelled, Progress, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_for_idle()


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker_is_gui"] = QThread.currentThread() is gui
        return "done"

    def on_result(value: str) -> None:
        seen["result"] = value
        seen["callback_is_gui"] = QThread.currentThread() is gui

    runner.submit(work, on_result=on_result)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker_is_gui": False, "result": "done", "callback_is_gui": True}


def test_errors_reach_the_error_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[Exception] = []

    def fail() -> None:
        raise ValidationError({"email": "taken"})

    runner.submit(fail, on_result=lambda _: errors.append(AssertionError()), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError) and errors[0].errors == {"email": "taken"}


def test_progress_is_reported_and_cancel_stops_the_task(qtbot: QtBot, runner: TaskRunner) -> None:
    reports: list[tuple[int, int]] = []
    errors: list[Exception] = []
    started = threading.Event()

    def long_import(progress: Progress) -> None:
        for done in range(1000):
            progress.report(done, 1000)
            started.set()
            progress.check()
            time.sleep(0.005)

    task = runner.submit(
        long_import,
        progress=True,
        on_progress=lambda d, t: reports.append((d, t)),
        on_error=errors.append,
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled)
    qtbot.waitUntil(lambda: bool(reports))
    assert reports[0] == (0, 1000) and len(reports) < 1000


def test_writes_run_one_at_a_time_in_submission_order(qtbot: QtBot, runner: TaskRunner) -> None:
    order: list[int] = []
    running = 0
    overlap = False
    lock = threading.Lock()

    def write(n: int) -> None:
        nonlocal running, overlap
        with lock:
            running += 1
            overlap = overlap or running > 1
        time.sleep(0.002)
        order.append(n)
        with lock:
            running -= 1

    for n in range(20):
        runner.submit(write, n)
    assert runner.wait_for_idle()
    assert order == list(range(20)) and not overlap
