"""The one way the GUI runs core work off its thread.

Writes go through a single serial worker (SQLite has one writer; queuing them
here avoids "database is locked" and keeps their order); reads run on a small
pool. Results, errors and progress come back on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from studyapp.core.errors import NotFoundError, ValidationError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by ``Progress.check()`` once the user cancelled it."""


# Outcomes the caller shows to the user, not faults: logging them as failures
# would bury real errors in the log under every mistyped email.
EXPECTED_ERRORS = (Cancelled, ValidationError, NotFoundError)


class Progress:
    """Handed to tasks started with ``progress=True``: report progress, honour cancel."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _TaskSignals(QObject):
    # Created on the GUI thread, so callbacks connected to these run there.
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)
    finished = Signal()


class Task:
    """A handle on submitted work: ``cancel()`` it, or connect to its signals."""

    def __init__(self, signals: _TaskSignals, progress: Progress) -> None:
        self.signals = signals
        self._progress = progress

    def cancel(self) -> None:
        self._progress._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._call, self._signals = call, signals

    def run(self) -> None:
        try:
            value = self._call()
        except Exception as error:
            if not isinstance(error, EXPECTED_ERRORS):
                log.exception("background task failed")
            self._signals.error.emit(error)
        else:
            self._signals.result.emit(value)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    """Submits callables to the writer thread or the reader pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._live: set[_TaskSignals] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = True,
        progress: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(*args, **kwargs)`` off the GUI thread; callbacks run on the GUI thread.

        With ``progress=True`` the callable also receives ``progress=Progress``.
        Pass ``write=False`` for pure reads so they never wait behind writes.
        """
        signals = _TaskSignals()
        reporter = Progress(signals)
        if progress:
            kwargs["progress"] = reporter
        for signal, callback in (
            (signals.result, on_result),
            (signals.error, on_error),
            (signals.progress, on_progress),
        ):
            if callback is not None:
                signal.connect(callback)
        self._live.add(signals)  # keep the QObject alive until its signals are delivered
        signals.finished.connect(lambda: self._live.discard(signals))
        pool = self._writer if write else self._readers
        pool.start(_Runnable(lambda: fn(*args, **kwargs), signals))
        return Task(signals, reporter)

    def wait_for_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until every submitted task has run (shutdown and tests only)."""
        return self._writer.waitForDone(timeout_ms) and self._readers.waitForDone(timeout_ms)
