"""GUI benchmark over a 100,000-card profile: memory of the running app, and frame gaps in review.

Run: /work/venv/bin/python tests/benchmarks/bench_gui.py [--cards N] [--answers N]
Prints figures; asserts nothing. The app is started like ``studyapp`` does
(offscreen Qt platform), on a data folder holding one profile built by
bench_review's builder.

1. Review: the Study page's "Review all due" opens a review; then ``--answers``
   cards are answered through key presses on the real review screen (Space,
   then a grade 1-4), a new key 40 ms after the previous card appeared, as a
   quick pilot would. A 0 ms QTimer heartbeat runs all along: each interval
   between two heartbeats is one event-loop turn (one "frame" the pilot could
   see stuck), so its maximum is the longest freeze. Also printed: key press
   to next card painted (median, p99).
2. Memory: the resident set (VmRSS, and the peak VmHWM) after the review, then
   after visiting Browse and scrolling its table to the end and back (every
   page of rows loaded), i.e. the running GUI with the 100,000 cards.
3. Review again, now with every Browse row held in memory (more for Python's
   garbage collector to walk), the same figures as in 1.

``--stalls`` samples the GUI thread's stack whenever it has not ticked for
40 ms, and prints the most common places it was stuck.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_review import build_profile, percentile
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.app_controller import AppController
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import ThemeManager

KEY_DELAY_MS = 40
GRADE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every window it cannot size-hint; drop just that."""

    def handler(_mode: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MiB, from /proc."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the GUI did not get there in time")
        app.processEvents()
        time.sleep(0.001)


class StallSampler:
    """A thread that, while the GUI thread has not ticked for STALL_MS, samples its stack."""

    STALL_MS = 40

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self.main = threading.main_thread().ident
        self.samples: collections.Counter[str] = collections.Counter()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            time.sleep(0.005)
            if time.perf_counter() - self.heartbeat.last_tick > self.STALL_MS / 1000:
                frame = sys._current_frames().get(self.main)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-6:]
                    self.samples[
                        "\n".join(
                            f"  {f.filename.split('/')[-1]}:{f.lineno} {f.name}" for f in stack
                        )
                    ] += 1

    def report(self) -> None:
        self.running = False
        for stack, count in self.samples.most_common(5):
            print(f"{count} samples (x5 ms) of the GUI thread stuck in:\n{stack}")


class Heartbeat:
    """A 0 ms timer: the time between two of its ticks is one turn of the event loop."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last_tick = time.perf_counter()
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()
        self.last_tick = time.perf_counter()


class ReviewDriver:
    """Presses Space then a grade on the review screen, KEY_DELAY_MS after each card shows."""

    def __init__(self, window: MainWindow) -> None:
        self.page = window.show_page("study")
        self.screen = self.page.review_screen
        self.left = self.answers = 0
        self.rng = random.Random(3)
        self.pressed_at = 0.0
        self.latencies: list[float] = []
        self.page.review.card_ready.connect(self._card_shown)

    def run(self, answers: int) -> None:
        """Answer ``answers`` cards: from the first card shown, or now if one is on screen."""
        self.left = self.answers = answers
        self.pressed_at = 0.0
        self.latencies = []
        if self.page.review.step is not None:
            QTimer.singleShot(KEY_DELAY_MS, self._press)

    def _card_shown(self) -> None:
        if self.pressed_at:
            # The new card is painted within this turn; measure once it is.
            QTimer.singleShot(0, self._painted)
        if self.left > 0:
            QTimer.singleShot(KEY_DELAY_MS, self._press)

    def _painted(self) -> None:
        self.latencies.append((time.perf_counter() - self.pressed_at) * 1000)

    def _press(self) -> None:
        QTest.keyClick(self.screen, Qt.Key.Key_Space)
        grade = self.rng.choices(GRADE_KEYS, weights=(10, 10, 70, 10))[0]
        self.left -= 1
        self.pressed_at = time.perf_counter()
        QTest.keyClick(self.screen, grade)

    @property
    def done(self) -> bool:
        return self.left <= 0 and len(self.latencies) >= self.answers


def start_app(data: Path) -> tuple[QApplication, AppController]:
    app = create_application()
    services = AppServices(ThemeManager(app), LanguageManager(app), app)
    services.theme.set_theme("light")
    paths = resolve_paths(data)
    controller = AppController(paths, open_database(paths), TaskRunner(app), services)
    controller.start()
    wait_until(app, lambda: isinstance(controller.window, MainWindow))
    return app, controller


def open_review(app: QApplication, window: MainWindow, tasks: TaskRunner) -> ReviewDriver:
    page = window.show_page("study")
    wait_until(app, lambda: page.deck_list.model.rowCount() > 0)
    # Start-up work (the day's automatic backup, the deck counts) done first: this times
    # the review alone.
    tasks.wait_for_idle()
    app.processEvents()
    driver = ReviewDriver(window)
    started = time.perf_counter()
    page.deck_list.review_all_button.click()
    wait_until(app, lambda: page.review.step is not None)
    print(f"review of all due cards on screen in {(time.perf_counter() - started) * 1000:.0f} ms")
    return driver


def review(app: QApplication, driver: ReviewDriver, answers: int, stalls: bool) -> None:
    heartbeat = Heartbeat()
    heartbeat.start()
    sampler = StallSampler(heartbeat) if stalls else None
    driver.run(answers)
    wait_until(app, lambda: driver.done, timeout_s=600)
    heartbeat.stop()
    if sampler is not None:
        sampler.report()
    gaps = heartbeat.gaps[1:]
    print(
        f"answered {len(driver.latencies)} cards by key press; event-loop turns: {len(gaps):,},"
        f" longest {max(gaps):.1f} ms, p99 {percentile(gaps, 0.99):.2f} ms,"
        f" over 50 ms: {sum(gap > 50 for gap in gaps)}"
    )
    lat = driver.latencies
    print(
        f"grade key to next card painted: median {statistics.median(lat):.1f} ms,"
        f" p99 {percentile(lat, 0.99):.1f} ms, max {max(lat):.1f} ms"
    )


def browse(app: QApplication, window: MainWindow) -> None:
    page = window.show_page("browse")
    model = page.model
    wait_until(app, lambda: model.rowCount() > 0)
    table = page.view.table
    bar = table.verticalScrollBar()
    started = time.perf_counter()
    # Scroll to the end a screenful at a time would take minutes: jump to the bottom
    # repeatedly; the model loads the next page each time the end comes into view.
    while model.canFetchMore() or model.loading:
        bar.setValue(bar.maximum())
        app.processEvents()
    bar.setValue(0)
    app.processEvents()
    print(
        f"Browse: {model.rowCount():,} rows loaded by scrolling in"
        f" {time.perf_counter() - started:.1f} s"
    )


def build(data: Path, cards: int) -> None:
    db = open_database(resolve_paths(data).ensure())
    build_profile(db, cards, datetime.now(UTC))
    db.close()


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        build(Path(sys.argv[2]), int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument(
        "--stalls", action="store_true", help="print where the GUI thread was stuck > 40 ms"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        # Built by another process, so this one's memory is the GUI's alone.
        subprocess.run(
            [sys.executable, __file__, "--build", str(data), str(args.cards)], check=True
        )
        print(f"profile of {args.cards:,} cards built; RSS before the GUI: {rss_mib()[0]:.0f} MiB")
        quiet_offscreen_warnings()
        app, controller = start_app(data)
        window = controller.window
        assert isinstance(window, MainWindow)
        current, peak = rss_mib()
        print(f"RSS with the main window open: {current:.0f} MiB (peak {peak:.0f})")
        driver = open_review(app, window, controller.tasks)
        review(app, driver, args.answers, args.stalls)
        current, peak = rss_mib()
        print(f"RSS after the review: {current:.0f} MiB (peak {peak:.0f})")
        browse(app, window)
        current, peak = rss_mib()
        print(f"RSS with Browse open and scrolled to the end: {current:.0f} MiB (peak {peak:.0f})")
        print("back to the review, with every row still loaded in Browse:")
        window.show_page("study")
        review(app, driver, args.answers, args.stalls)
        current, peak = rss_mib()
        print(f"RSS at the end: {current:.0f} MiB (peak {peak:.0f})")
        controller.shutdown()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
