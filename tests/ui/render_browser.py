"""Render the Browse page and the card editor to PNGs (a script, not a test): the table
with a search and a selection, the column menu, the editor of a card with a picture,
the category manager, in light and dark.

    /work/venv/bin/python tests/ui/render_browser.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: find tests/

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards import review
from studyapp.core.flashcards.browser import search_cards, suspend_cards
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.media import add_image
from studyapp.core.flashcards.session import review_settings
from studyapp.core.flashcards.sets import create_set
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.core.startup import open_database
from studyapp.paths import AppPaths, resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.browse_page import BrowsePage
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager
from studyapp.ui.widgets.card_browser_view import SEARCH_DELAY_MS
from tests.ui.render_study import discard, settle, shoot, wait_until


def picture(paths: AppPaths) -> str:
    """A small runway diagram drawn for the sample card, stored like a pilot's picture."""
    image = QImage(360, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe8d8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#3b3f45"))
    painter.translate(180, 100)
    painter.rotate(-30)
    painter.drawRect(-150, -14, 300, 28)
    painter.setPen(QColor("white"))
    painter.drawText(-140, 5, "09")
    painter.drawText(120, 5, "27")
    painter.end()
    path = paths.data_dir / "runway.png"
    image.save(str(path))
    return add_image(paths.media, path)


def seed(db: Database, paths: AppPaths, user_id: int) -> None:
    install_starter_deck(db, user_id, "private-pilot")
    install_starter_deck(db, user_id, "instrument-rating")
    mine = create_set(db, user_id, "Checkride week").id
    name = picture(paths)
    add_card(db, user_id, mine, f'Which runway is this? <img src="{name}" width="300">',
             "<b>Runway 9-27</b>: headings of about <i>090°</i> and <i>270°</i> magnetic.",
             difficulty=2, acs_code="PA.III.B.K1", reference="AIM 2-3-3")  # fmt: skip
    scheduler = review_settings(db, user_id).scheduler
    rows = search_cards(db, user_id, "", limit=40)
    for n, row in enumerate(rows[:30]):
        review.answer(db, user_id, row.id, (3, 4, 1, 2)[n % 4], 4000, scheduler)
    suspend_cards(db, user_id, [rows[31].id, rows[33].id], True)


def render(app: QApplication, page: BrowsePage, tasks: TaskRunner, out: Path, mode: str) -> None:
    wait_until(app, tasks, lambda: page.model.rowCount() > 0 and bool(page.view.sets))
    page.view.table.selectRow(2)
    page.view.table.selectRow(3)
    page.view.table.selectionModel().select(
        page.model.index(4, 0), page.view.table.selectionModel().SelectionFlag.Select
        | page.view.table.selectionModel().SelectionFlag.Rows)  # fmt: skip
    settle(app, tasks)
    shoot(page, out, f"browser-{mode}")
    page.view.search_edit.setText("runway 27")
    QTest.qWait(SEARCH_DELAY_MS + 50)  # the search waits for a pause in typing
    wait_until(app, tasks, lambda: page.model.query.text == "runway 27" and not page.model.loading)
    page.view.table.selectRow(0)
    shoot(page, out, f"browser-search-{mode}")
    page.view.suspend_button.click()
    wait_until(app, tasks, lambda: page.view.undo_button.isEnabled())
    shoot(page, out, f"browser-after-suspend-{mode}")
    ids = search_cards(page.session.database, page.session.user_id, "which runway")
    page.edit_card(ids[0].id)
    wait_until(app, tasks, lambda: page.editor is not None and page.editor.choices_loaded)
    assert page.editor is not None
    page.editor.resize(720, 640)
    settle(app, tasks)
    shoot(page.editor, out, f"card-editor-{mode}")
    page.editor.reject()
    page.add_card()
    wait_until(app, tasks, lambda: page.editor is not None and page.editor.choices_loaded)
    assert page.editor is not None
    page.editor.save_button.click()
    wait_until(app, tasks, lambda: bool(page.editor and page.editor.errors.visible()))
    shoot(page.editor, out, f"card-editor-errors-{mode}")
    page.editor.reject()
    settle(app, tasks)
    render_categories(app, page, tasks, out, mode)


def render_categories(
    app: QApplication, page: BrowsePage, tasks: TaskRunner, out: Path, mode: str
) -> None:
    page.manage_categories()
    dialog = page.categories
    assert dialog is not None
    wait_until(app, tasks, lambda: dialog.model.rowCount() > 0)
    dialog.table.selectRow(1)
    settle(app, tasks)
    shoot(dialog, out, f"categories-{mode}")
    dialog.confirm_delete()
    assert dialog.confirm_box is not None
    settle(app, tasks)
    shoot(dialog.confirm_box, out, f"categories-confirm-delete-{mode}")
    dialog.confirm_box.done(0)
    dialog.create()
    assert dialog.name_dialog is not None
    dialog.name_dialog.name_edit.setText(dialog.model.row(0).name)
    dialog.name_dialog.save_button.click()
    wait_until(app, tasks, lambda: bool(dialog.name_dialog and dialog.name_dialog.errors.visible()))
    shoot(dialog.name_dialog, out, f"category-name-taken-{mode}")
    dialog.name_dialog.reject()
    dialog.reject()
    settle(app, tasks)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/browser")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme = ThemeManager(app, FixedSystemScheme(False))
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "data").ensure()
    db = open_database(paths)
    tasks = TaskRunner()
    for variant, mode in enumerate(("light", "dark")):
        theme.set_theme(mode)
        pilot = create_profile(db, f"pilot{variant}@example.com", "Ben", "Lee")
        seed(db, paths, pilot.id)
        page = BrowsePage(ProfileSession(paths, db, tasks, pilot))
        page.resize(1280, 760)
        page.show()
        render(app, page, tasks, out, mode)
        discard(app, tasks, page)
    tasks.wait_for_idle()
    db.close()


if __name__ == "__main__":
    main()
