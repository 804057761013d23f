"""Render the Gouge page and its dialogs to PNGs in light and dark mode (a script, not a test).

    /work/venv/bin/python tests/ui/render_gouge.py [OUTPUT_DIR]

Builds a throw-away profile with sample examiners and gouge, then saves
screenshots so a person can look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from studyapp.core.accounts.service import create_profile
from studyapp.core.gouge.examiners import ExaminerInput, add_examiner
from studyapp.core.gouge.service import GougeInput, write_gouge
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.gouge_page import GougePage
from studyapp.ui.tasks import TaskRunner

EXAMINERS = [
    ExaminerInput("María García", 14, ("private", "instrument", "commercial"),
                  "(650) 555-0142", "Sierra Flight Academy", "KRHV", "San Francisco Bay Area"),
    ExaminerInput("Ben Okafor", 22, ("commercial", "cfi", "cfii", "mei"),
                  "", "Central Valley DPE Group", "KFAT", "Central Valley"),
    ExaminerInput("Al Smith", 6, ("private", "sport"), "", "", "KPAO", "San Francisco Bay Area"),
    ExaminerInput("Zoe Young", 3, ("atp", "multi_engine"), "", "Delta Training", "", "Atlanta"),
]  # fmt: skip

REPORTS = [
    (0, 10, "private", "pass", 5, 2, 3, 2, "Oral was two hours, mostly weather and airspace. "
     "Flight: steep turns, slow flight, power-off stall, diversion to KHAF.",
     "Asked me to brief a VOR hold entry\nWanted the regs for carrying passengers at night"),
    (0, 40, "instrument", "fail", 3, 3, 3, 4, "Busted the partial-panel approach; fair debrief.",
     "Unusual attitude recovery with the attitude indicator covered"),
    (0, 75, "private", "pass", 4, 1, 2, 3, "Relaxed and thorough. Bring your POH tabs.", ""),
    (1, 20, "cfi", "pass", 4, 2, 3, 4, "Teach the lesson on spins from the ground up.",
     "Asked for the FOI learning laws in order"),
    (2, 5, "private", "fail", 2, 3, 2, 5, "Very strict on checklists.", ""),
]  # fmt: skip


def seed(session_db: object, user_id: int, other_id: int) -> None:
    ids = [add_examiner(session_db, data).id for data in EXAMINERS]  # type: ignore[arg-type]
    for n, (who, ago, kind, outcome, rating, flight, oral, stress, text, extra) in enumerate(
        REPORTS
    ):
        author = user_id if n % 2 == 0 else other_id
        data = GougeInput(ids[who], date.today() - timedelta(days=ago), kind, outcome, rating,
                          flight, oral, stress, text, extra, is_anonymous=(n == 1))  # fmt: skip
        write_gouge(session_db, author, data)  # type: ignore[arg-type]


def settle(app: QApplication, tasks: TaskRunner) -> None:
    for _ in range(20):
        tasks.wait_for_idle()
        app.processEvents()


def theme(app: QApplication, dark: bool) -> None:
    try:
        from studyapp.ui.theme import FixedSystemScheme, ThemeManager
    except ImportError:  # the shell's theme is not there yet: plain Fusion
        app.setStyle("Fusion")
        return
    manager = ThemeManager(app, FixedSystemScheme(dark))
    manager.set_theme("dark" if dark else "light")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/gouge")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    data_dir = Path(tempfile.mkdtemp()) / "data"
    paths = resolve_paths(data_dir).ensure()
    db = open_database(paths)
    me = create_profile(db, "ana@example.com", "Ana", "Ruiz")
    other = create_profile(db, "ben@example.com", "Ben", "Lee")
    seed(db, me.id, other.id)
    tasks = TaskRunner()
    for mode in ("light", "dark"):
        theme(app, mode == "dark")  # type: ignore[arg-type]
        render_mode(app, ProfileSession(paths, db, tasks, me), tasks, out, mode)
    tasks.wait_for_idle()
    db.close()


def render_mode(
    app: QApplication, session: ProfileSession, tasks: TaskRunner, out: Path, mode: str
) -> None:
    page = GougePage(session)
    page.resize(1200, 760)
    page.show()
    settle(app, tasks)
    shoot(page, out, f"directory-{mode}.png")
    page.open_examiner(page.directory.model.row(0))
    settle(app, tasks)
    shoot(page, out, f"examiner-{mode}.png")
    page.open_examiner(page.directory.model.row(3))
    settle(app, tasks)
    shoot(page, out, f"examiner-empty-{mode}.png")
    page.open_examiner(page.directory.model.row(0))
    settle(app, tasks)
    page.write_gouge()
    settle(app, tasks)
    assert page.active_dialog is not None
    page.active_dialog.save_button.click()
    settle(app, tasks)
    shoot(page.active_dialog, out, f"gouge-dialog-errors-{mode}.png")
    page.active_dialog.reject()
    page.add_examiner()
    settle(app, tasks)
    shoot(page.active_dialog, out, f"examiner-dialog-{mode}.png")
    page.active_dialog.reject()
    entry = page.detail.gouge_model.row(0)
    page.practise(entry, entry.unexpected_items[0])
    settle(app, tasks)
    shoot(page.active_dialog, out, f"practice-dialog-{mode}.png")
    page.active_dialog.reject()
    page.close()
    page.deleteLater()
    settle(app, tasks)


if __name__ == "__main__":
    main()
