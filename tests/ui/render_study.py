"""Render the Study page to PNGs (a script, not a test): deck list, empty state with the
starter decks, a review (question and answer side) and the session summary, in light and
dark, English and Spanish.

    /work/venv/bin/python tests/ui/render_study.py [OUTPUT_DIR]
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
from studyapp.core.db import Database
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.sets import create_set
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.context import ProfileSession
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager


def settle(app: QApplication, tasks: TaskRunner) -> None:
    for _ in range(10):
        tasks.wait_for_idle()
        app.processEvents()


def wait_until(app: QApplication, tasks: TaskRunner, condition: Callable[[], bool]) -> None:
    for _ in range(200):
        settle(app, tasks)
        if condition():
            return
    raise TimeoutError("the screen did not appear")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def discard(app: QApplication, tasks: TaskRunner, page: QWidget) -> None:
    page.close()
    page.deleteLater()
    settle(app, tasks)


def seed(db: Database, user_id: int) -> None:
    install_starter_deck(db, user_id, "private-pilot")
    install_starter_deck(db, user_id, "instrument-rating")
    mine = create_set(db, user_id, "Checkride week").id
    question = "What are the VFR weather minimums in Class C airspace?"
    answer = "<b>3 SM</b>; <b>500 ft below, 1,000 ft above, 2,000 ft horizontal</b> from clouds."
    add_card(db, user_id, mine, question, answer, difficulty=2, acs_code="PA.I.E.K1",
             reference="14 CFR 91.155")  # fmt: skip


def render_page(
    app: QApplication, page: StudyPage, tasks: TaskRunner, out: Path, suffix: str
) -> None:
    wait_until(app, tasks, lambda: page.has_sets is True)
    page.show_deck_list()
    page.deck_list.select_sets([page.deck_list.model.row(2).id])  # Private Pilot
    settle(app, tasks)
    shoot(page, out, f"deck-list-{suffix}")
    page.start_review(ReviewScope(set_ids=(page.deck_list.selected_sets()[0].id,)))
    wait_until(app, tasks, lambda: page.stack.currentWidget() is page.review_screen)
    shoot(page, out, f"review-question-{suffix}")
    page.review_screen.reveal()
    settle(app, tasks)
    shoot(page, out, f"review-answer-{suffix}")
    page.review_screen.edit_requested.emit()
    wait_until(app, tasks, lambda: page.card_dialog is not None and page.card_dialog.isVisible())
    assert page.card_dialog is not None
    shoot(page.card_dialog, out, f"edit-card-{suffix}")
    page.card_dialog.reject()
    settle(app, tasks)
    for rating in (3, 1, 4):
        page.review_screen.reveal()
        page.review_screen.grade_requested.emit(rating)
        settle(app, tasks)
    page.review_screen.end_requested.emit()
    wait_until(app, tasks, lambda: page.stack.currentWidget() is page.summary)
    shoot(page, out, f"summary-{suffix}")
    page.show_deck_list()
    settle(app, tasks)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/study")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme = ThemeManager(app, FixedSystemScheme(False))
    language = LanguageManager(app)
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "data").ensure()
    db = open_database(paths)
    tasks = TaskRunner()
    for variant, (mode, lang) in enumerate(
        [(m, lang) for m in ("light", "dark") for lang in ("en", "es")]
    ):
        theme.set_theme(mode)
        language.set_language(lang)
        suffix = f"{mode}-{lang}"
        empty = create_profile(db, f"new{variant}@example.com", "Ana", "Ruiz")
        page = StudyPage(ProfileSession(paths, db, tasks, empty))
        page.resize(1100, 720)
        page.show()
        wait_until(app, tasks, lambda p=page: p.has_sets is False and bool(p.gallery.tiles))
        shoot(page, out, f"empty-state-{suffix}")
        discard(app, tasks, page)
        pilot = create_profile(db, f"pilot{variant}@example.com", "Ben", "Lee")
        seed(db, pilot.id)
        page = StudyPage(ProfileSession(paths, db, tasks, pilot))
        page.resize(1100, 720)
        page.show()
        render_page(app, page, tasks, out, suffix)
        discard(app, tasks, page)
    language.set_language("en")
    tasks.wait_for_idle()
    db.close()


if __name__ == "__main__":
    main()
