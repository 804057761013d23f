"""Render the mock oral setup to PNGs (a script, not a test), in light and dark: Private
Pilot with Area VII chosen (the partial stall tasks' note) and Flight Instructor as a
full oral (the tasks StudyApp does not include yet).

    /work/venv/bin/python tests/ui/render_oral_setup.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from studyapp.core.accounts.service import create_profile
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.oral_page import OralPage
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager


def settle(app: QApplication, tasks: TaskRunner) -> None:
    for _ in range(10):
        tasks.wait_for_idle()
        app.processEvents()


def wait_until(app: QApplication, tasks: TaskRunner, condition: Callable[[], bool]) -> None:
    for _ in range(300):
        settle(app, tasks)
        if condition():
            return
    raise TimeoutError("the screen did not appear")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/oral-setup")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme = ThemeManager(app, FixedSystemScheme(False))
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "data").ensure()
    db = open_database(paths)
    tasks = TaskRunner()
    pilot = create_profile(db, "pilot@example.com", "Ana", "Ruiz")
    page = OralPage(ProfileSession(paths, db, tasks, pilot))
    page.resize(1100, 820)
    page.show()
    wait_until(app, tasks, lambda: page.setup.acs.count() == 4)
    setup = page.setup
    for mode in ("light", "dark"):
        theme.set_theme(mode)
        setup.acs.setCurrentIndex(setup.acs.findData("FAA-S-ACS-6C"))
        setup.choose("areas", ("PA.VI", "PA.VII"))
        settle(app, tasks)
        shoot(page, out, f"oral-setup-private-stalls-{mode}")
        setup.acs.setCurrentIndex(setup.acs.findData("FAA-S-ACS-25"))
        setup.choose("full")
        settle(app, tasks)
        shoot(page, out, f"oral-setup-instructor-full-{mode}")
    page.close()
    tasks.wait_for_idle()
    db.close()


if __name__ == "__main__":
    main()
