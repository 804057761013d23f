"""Render the import and export dialogs to PNGs (a script, not a test), light and dark:
the file step, the CSV mapping step, progress, the summary, a refused file, the
export dialog with its summary, and Settings → Study before and after "Optimise my
parameters".

    /work/venv/bin/python tests/ui/render_import.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: find tests/

from PySide6.QtWidgets import QApplication

from studyapp.core.accounts.service import create_profile
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.context import ProfileSession
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.pages.settings_page import SettingsPage
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager
from tests.core.test_flashcards_optimizer import simulate
from tests.ui.render_study import discard, settle, shoot, wait_until

CSV = (
    "Front,Back,Deck,Tags,Source\n"
    "What are the basic VFR minimums in Class E below 10000 ft MSL?,"
    '"3 SM visibility; 500 ft below, 1,000 ft above, 2,000 ft horizontal from clouds",'
    "Airspace,PA.I.E.K1 airspace,14 CFR 91.155\n"
    "What does a METAR's RMK AO2 mean?,An automated station with a precipitation sensor,"
    "Weather,PA.I.C.K3 weather,AC 00-45H\n"
    "Which instruments does the pitot-static system drive?,"
    '"Airspeed indicator, altimeter and vertical speed indicator",'
    "Systems,PA.I.G.K1 systems,PHAK ch. 8\n"
)


def render_variant(app: QApplication, session: ProfileSession, out: Path, suffix: str) -> None:
    tasks = session.tasks
    page = StudyPage(session)
    page.resize(1100, 720)
    page.show()
    wait_until(app, tasks, lambda: page.has_sets is True)
    shoot(page, out, f"study-with-import-{suffix}")
    folder = Path(tempfile.mkdtemp())
    csv_file = folder / "checkride-notes.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    dialog = page.decks.open_import()
    dialog.choose_file(csv_file)
    wait_until(app, tasks, lambda: dialog.preview is not None)
    shoot(dialog, out, f"import-file-{suffix}")
    dialog.go_next()
    dialog.mapping_step.choose(4, "reference")
    settle(app, tasks)
    shoot(dialog, out, f"import-mapping-{suffix}")
    gate = threading.Event()
    tasks.submit(gate.wait, 10)
    dialog.go_next()
    dialog._progress(420, 1000)
    settle_gui(app)
    shoot(dialog, out, f"import-progress-{suffix}")
    gate.set()
    wait_until(app, tasks, lambda: dialog.stack.currentWidget() is dialog.result_page)
    shoot(dialog, out, f"import-summary-{suffix}")
    bad = folder / "deck.apkg"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    dialog.go_back()
    dialog.choose_file(bad)
    dialog.go_next()
    wait_until(app, tasks, lambda: dialog.stack.currentWidget() is dialog.result_page)
    shoot(dialog, out, f"import-error-{suffix}")
    dialog.reject()
    settle(app, tasks)
    export = page.decks.open_export()
    settle(app, tasks)
    shoot(export, out, f"export-choose-{suffix}")
    export.export_to(folder / "my-cards.apkg")
    wait_until(app, tasks, lambda: export.stack.currentWidget() is export.result_page)
    shoot(export, out, f"export-summary-{suffix}")
    export.reject()
    discard(app, tasks, page)


def render_settings(
    app: QApplication, session: ProfileSession, services: AppServices, out: Path, suffix: str
) -> None:
    tasks = session.tasks
    page = SettingsPage(session, services)
    page.resize(900, 1400)
    page.show()
    section = page.sections[1]
    wait_until(app, tasks, lambda: page.study.stored is None and bool(page.study.status.text()))
    shoot(section, out, f"settings-study-{suffix}")
    page.study.optimise()
    settle_gui(app)
    shoot(section, out, f"settings-study-busy-{suffix}")
    wait_until(app, tasks, lambda: page.study.optimise_button.isEnabled())
    wait_until(app, tasks, lambda: page.study.stored is not None)
    shoot(section, out, f"settings-study-optimised-{suffix}")
    discard(app, tasks, page)


def settle_gui(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/import")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme = ThemeManager(app, FixedSystemScheme(False))
    services = AppServices(theme, LanguageManager(app))
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "data").ensure()
    db = open_database(paths)
    tasks = TaskRunner()
    for mode in ("light", "dark"):
        theme.set_theme(mode)
        pilot = create_profile(db, f"pilot-{mode}@example.com", "Ben", "Lee")
        install_starter_deck(db, pilot.id, "private-pilot")
        render_variant(app, ProfileSession(paths, db, tasks, pilot), out, mode)
        learner = create_profile(db, f"learner-{mode}@example.com", "Ada", "Park")
        simulate(db, learner.id, cards=240, days=60)
        render_settings(app, ProfileSession(paths, db, tasks, learner), services, out, mode)
    tasks.wait_for_idle()
    db.close()


if __name__ == "__main__":
    main()
