"""The Browse page and the card editor driven through their real widgets on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.browser import CardFilters, count_cards, search_cards
from studyapp.core.flashcards.cards import add_card, card_content
from studyapp.core.flashcards.sets import create_category, create_set
from studyapp.core.flashcards.sqltime import raw_connection
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.category_dialog import CategoryDialog, CategoryNameDialog
from studyapp.ui.models.card_table_model import PAGE_SIZE, CardQuery, CardTableModel
from studyapp.ui.pages.browse_page import BrowsePage
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.browser_texts import COLUMNS
from studyapp.ui.widgets.review_html import with_media
from tests.ui.test_accessibility import unnamed

Deck = dict[str, int]


@pytest.fixture(name="session")
def session_fixture(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    tasks.wait_for_idle()


@pytest.fixture(name="deck")
def deck_fixture(session: ProfileSession) -> Deck:
    db, user = session.database, session.user_id
    weather = create_set(db, user, "Weather").id
    airspace = create_set(db, user, "Airspace").id
    wx = create_category(db, "Wx")
    return {
        "weather": weather,
        "airspace": airspace,
        "wx": wx,
        "metar": add_card(db, user, weather, "Decode a <b>METAR</b> wind group",
                          "Direction and speed", category_id=wx, difficulty=2,
                          acs_code="PA.I.C.K1"),
        "taf": add_card(db, user, weather, "What is a TAF?", "Terminal aerodrome forecast",
                        category_id=wx, difficulty=3, acs_code="PA.I.C.K2"),
        "classb": add_card(db, user, airspace, "Class B entry requirements",
                           "A clearance; Mode C veil", acs_code="PA.I.E.K1",
                           reference="14 CFR 91.131"),
    }  # fmt: skip


def open_page(session: ProfileSession, qtbot: QtBot) -> BrowsePage:
    page = BrowsePage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and bool(page.view.sets))
    return page


@pytest.fixture(name="page")
def page_fixture(session: ProfileSession, deck: Deck, qtbot: QtBot) -> BrowsePage:
    return open_page(session, qtbot)


def shown(page: BrowsePage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def settled(page: BrowsePage) -> bool:
    return not page.model.loading and not page.view.search_timer.isActive()


def click_header(page: BrowsePage, qtbot: QtBot, column: str) -> None:
    header = page.view.table.horizontalHeader()
    section = COLUMNS.index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_every_card_is_listed_with_its_columns(page: BrowsePage) -> None:
    assert unnamed(page) == []
    assert page.model.rowCount() == 3
    assert page.view.count_label.text() == "3 cards"
    row = [page.model.index(0, c).data() for c in range(len(COLUMNS))]
    assert row == ["Decode a METAR wind group", "Direction and speed", "Weather", "Wx",
                   "PA.I.C.K1", "Moderate", "", "0", "New"]  # fmt: skip


def test_search_runs_after_a_pause_and_drops_stale_answers(page: BrowsePage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.view.search_edit, "aerodr")
    assert page.view.search_timer.isActive()  # not searched on every key
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 1)
    assert shown(page) == ["What is a TAF?"]
    assert page.view.count_label.text() == "1 card"
    page.view.search_edit.clear()
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 3)


def test_filters_combine_with_search(page: BrowsePage, qtbot: QtBot, deck: Deck) -> None:
    view = page.view
    view.set_filter.setCurrentIndex(view.set_filter.findData(deck["weather"]))
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 2)
    view.difficulty_filter.setCurrentIndex(view.difficulty_filter.findData(3))
    qtbot.waitUntil(lambda: settled(page) and shown(page) == ["What is a TAF?"])
    view.difficulty_filter.setCurrentIndex(0)
    view.set_filter.setCurrentIndex(0)
    view.category_filter.setCurrentIndex(view.category_filter.findData(deck["wx"]))
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 2)
    view.category_filter.setCurrentIndex(0)
    view.due_filter.setCurrentIndex(view.due_filter.findData("new"))
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 3)
    view.status_filter.setCurrentIndex(view.status_filter.findData("suspended"))
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 0)


def test_clicking_a_header_sorts_in_sql_both_ways(page: BrowsePage, qtbot: QtBot) -> None:
    click_header(page, qtbot, "question")
    qtbot.waitUntil(lambda: settled(page) and page.model.query.sort == "question")
    assert shown(page) == ["Class B entry requirements", "Decode a METAR wind group",
                           "What is a TAF?"]  # fmt: skip
    click_header(page, qtbot, "question")
    qtbot.waitUntil(lambda: settled(page) and page.model.query.descending)
    assert shown(page)[0] == "What is a TAF?"
    click_header(page, qtbot, "difficulty")
    qtbot.waitUntil(lambda: settled(page) and page.model.query.sort == "difficulty")
    assert [page.model.index(r, COLUMNS.index("difficulty")).data() for r in range(3)] == [
        "Easy",
        "Moderate",
        "Hard",
    ]


def test_rows_load_a_page_at_a_time_as_the_table_scrolls(
    session: ProfileSession, deck: Deck, qtbot: QtBot
) -> None:
    with session.database.session() as s:
        raw_connection(s).executemany(
            "INSERT INTO flashcard (user_id, set_id, question, answer, difficulty, status, "
            "times_used, created_at) VALUES (?, ?, ?, 'a', 1, 0, 0, '2026-01-01 00:00:00.000000')",
            [(session.user_id, deck["airspace"], f"Bulk card {n:03}") for n in range(450)],
        )
    page = open_page(session, qtbot)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.view.count_label.text() == "453 cards"
    for expected in (2 * PAGE_SIZE, 453):
        page.view.table.scrollToBottom()
        qtbot.waitUntil(lambda e=expected: page.model.rowCount() == e)
    assert not page.model.canFetchMore()


def test_a_slow_page_of_an_old_query_is_dropped() -> None:
    asked: list[tuple[CardQuery, int, int, int]] = []
    model = CardTableModel(lambda *args: asked.append(args))
    model.set_query(CardQuery("old"))
    model.set_query(CardQuery("new"))
    old, new = asked
    model.add_page(old[3], 0, PAGE_SIZE, [], 99)  # arrives late: ignored
    assert (model.total, model.loading) == (0, True)
    model.add_page(new[3], 0, PAGE_SIZE, [], 0)
    assert (model.total, model.loading, model.canFetchMore()) == (0, False, False)


def select(page: BrowsePage, questions: list[str]) -> None:
    rows = [r for r, text in enumerate(shown(page)) if text in questions]
    view = page.view
    view.table.clearSelection()
    flags = view.table.selectionModel().SelectionFlag
    for row in rows:
        view.table.selectionModel().select(page.model.index(row, 0), flags.Select | flags.Rows)


def test_move_to_set_and_undo(page: BrowsePage, qtbot: QtBot, deck: Deck) -> None:
    db, user = page.session.database, page.session.user_id
    select(page, ["Decode a METAR wind group", "What is a TAF?"])
    assert page.view.selected_label.text() == "2 selected"
    assert not page.view.edit_button.isEnabled()
    menu = page.view.move_button.menu()
    airspace = next(a for a in menu.actions() if a.text() == "Airspace")
    airspace.trigger()
    qtbot.waitUntil(lambda: page.view.undo_button.isEnabled())
    assert count_cards(db, user, "", CardFilters(set_id=deck["airspace"])) == 3
    assert page.view.status.text() == "Moved 2 cards to Airspace."
    qtbot.waitUntil(lambda: settled(page) and len(page.view.selected_ids()) == 2)
    qtbot.mouseClick(page.view.undo_button, Qt.MouseButton.LeftButton)
    assert not page.view.undo_button.isEnabled()  # nothing left to undo
    qtbot.waitUntil(lambda: page.view.status.text() == "Undone: Moved 2 cards to Airspace.")
    assert count_cards(db, user, "", CardFilters(set_id=deck["weather"])) == 2


def test_recategorise_suspend_reset_and_ctrl_z_undoes_the_last(
    page: BrowsePage, qtbot: QtBot, deck: Deck
) -> None:
    db, user = page.session.database, page.session.user_id
    select(page, ["Class B entry requirements"])
    wx = next(a for a in page.view.category_button.menu().actions() if a.text() == "Wx")
    wx.trigger()
    qtbot.waitUntil(lambda: count_cards(db, user, "", CardFilters(category_id=deck["wx"])) == 3)
    qtbot.waitUntil(lambda: settled(page) and len(page.view.selected_ids()) == 1)
    qtbot.mouseClick(page.view.suspend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count_cards(db, user, "", CardFilters(suspended=True)) == 1)
    qtbot.waitUntil(lambda: settled(page) and page.model.index(2, 8).data() == "Suspended")
    qtbot.mouseClick(page.view.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.undo_stack) == 3)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: len(page.undo_stack) == 2 and page.view.status.text().startswith("Undone")
    )
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: count_cards(db, user, "", CardFilters(suspended=True)) == 0)
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: count_cards(db, user, "", CardFilters(category_id=deck["wx"])) == 2)
    assert page.undo_stack == [] and not page.view.undo_button.isEnabled()


def test_delete_asks_first_and_undo_brings_the_cards_back(page: BrowsePage, qtbot: QtBot) -> None:
    db, user = page.session.database, page.session.user_id
    select(page, ["What is a TAF?", "Class B entry requirements"])
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "2 cards" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert count_cards(db, user) == 3
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and shown(page) == ["Decode a METAR wind group"])
    assert count_cards(db, user) == 1
    qtbot.mouseClick(page.view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == 3)
    assert count_cards(db, user, "aerodrome") == 1


def test_columns_chosen_from_the_header_menu_are_remembered(
    page: BrowsePage, session: ProfileSession, qtbot: QtBot
) -> None:
    header = page.view.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    menu = page.view.column_menu
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Question"].isEnabled()  # one column always stays
    actions["Answer"].setChecked(False)
    actions["Times used"].setChecked(False)
    menu.close()
    assert header.isSectionHidden(COLUMNS.index("answer"))
    again = open_page(session, qtbot)
    assert again.view.hidden_columns() == ["answer", "times_used"]


def png(path: Path, width: int = 640, height: int = 320) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(path))
    return path


def test_add_a_card_in_rich_text_with_a_picture(
    page: BrowsePage, qtbot: QtBot, deck: Deck, paths: AppPaths, tmp_path: Path
) -> None:
    db, user = page.session.database, page.session.user_id
    page.view.set_filter.setCurrentIndex(page.view.set_filter.findData(deck["airspace"]))
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.choices_loaded)
    dialog = page.editor
    assert dialog is not None
    assert unnamed(dialog) == []
    assert dialog.set_combo.currentText() == "Airspace"  # the filtered set
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"question": "required",
                                                         "answer": "required"})  # fmt: skip
    assert dialog.errors.labels["question"].text() == "Enter the question."
    qtbot.keyClicks(dialog.question_edit, "Which airspace is ")
    qtbot.mouseClick(dialog.question_editor.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.question_edit, "this")
    dialog.insert_picture_file("question", tmp_path / "missing.png")
    error = dialog.errors.labels["question"]
    qtbot.waitUntil(lambda: error.text() == "This file could not be read.")
    dialog.insert_picture_file("question", png(tmp_path / "chart.png"))
    qtbot.waitUntil(lambda: "<img" in dialog.question_editor.card_text())
    qtbot.keyClicks(dialog.answer_edit, "Class D")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(deck["wx"]))
    dialog.acs_edit.setText("PA.I.E.K1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    (row,) = search_cards(db, user, "Which airspace")
    content = card_content(db, user, row.id)
    assert content.question.startswith("Which airspace is <b>this</b><img src=")
    assert 'width="480"' in content.question  # a wide picture is shown at most 480 px wide
    (name,) = [p.name for p in paths.media.iterdir()]
    assert f'src="{name}"' in content.question
    assert (content.answer, content.set_id, content.category_id) == (
        "Class D", deck["airspace"], deck["wx"])  # fmt: skip
    qtbot.waitUntil(lambda: page.view.selected_ids() == [row.id])
    label = QLabel(with_media(content.question, paths.media))  # as the review screen shows it
    assert label.sizeHint().height() >= 240  # the picture loads from media/


def test_a_file_that_is_not_a_picture_is_refused_beside_the_field(
    page: BrowsePage, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.choices_loaded)
    dialog = page.editor
    assert dialog is not None
    fake = tmp_path / "chart.png"
    fake.write_text("not a picture at all")
    dialog.insert_picture_file("answer", fake)
    qtbot.waitUntil(lambda: dialog.errors.labels["answer"].isVisible())
    assert "PNG, JPEG, GIF or WebP" in dialog.errors.labels["answer"].text()
    assert not any(paths.media.iterdir())
    dialog.reject()


def test_double_click_edits_a_card_and_unchanged_text_is_kept_as_it_was(
    page: BrowsePage, qtbot: QtBot, deck: Deck
) -> None:
    db, user = page.session.database, page.session.user_id
    table = page.view.table
    row = shown(page).index("Decode a METAR wind group")
    rect = table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.choices_loaded)
    dialog = page.editor
    assert dialog is not None
    assert dialog.question_edit.toPlainText() == "Decode a METAR wind group"
    assert (dialog.set_combo.currentText(), dialog.category_combo.currentText()) == (
        "Weather", "Wx")  # fmt: skip
    dialog.answer_edit.selectAll()
    qtbot.keyClicks(dialog.answer_edit, "Direction (true) and speed in knots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    content = card_content(db, user, deck["metar"])
    assert content.question == "Decode a <b>METAR</b> wind group"  # untouched: kept verbatim
    assert content.answer == "Direction (true) and speed in knots"
    qtbot.waitUntil(lambda: settled(page) and "knots" in page.model.index(row, 1).data())


def test_a_pasted_picture_is_stored_in_media_too(
    page: BrowsePage, qtbot: QtBot, paths: AppPaths
) -> None:
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.choices_loaded)
    dialog = page.editor
    assert dialog is not None
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    clip = QMimeData()
    clip.setImageData(image)
    assert dialog.answer_edit.canInsertFromMimeData(clip)
    dialog.answer_edit.insertFromMimeData(clip)
    qtbot.waitUntil(lambda: "<img" in dialog.answer_editor.card_text())
    (name,) = [p.name for p in paths.media.iterdir()]
    assert dialog.answer_editor.card_text() == f'<img src="{name}">'  # narrow: no width given
    dialog.reject()


def test_delete_key_and_the_row_menu_offer_the_bulk_actions(page: BrowsePage, qtbot: QtBot) -> None:
    select(page, ["What is a TAF?"])
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and box.isVisible() and "1 card" in box.text()
    box.reject()
    rect = page.view.table.visualRect(page.view.table.currentIndex())
    page.view.table.customContextMenuRequested.emit(rect.center())
    titles = [a.text() for a in page.view.row_menu.actions()]
    assert titles == ["Edit…", "Move to set", "Set category", "Suspend", "Unsuspend",
                      "Reset scheduling", "Delete…"]  # fmt: skip
    page.view.row_menu.actions()[3].trigger()
    qtbot.waitUntil(lambda: page.view.status.text() == "Suspended 1 card.")
    page.view.row_menu.close()


def test_ctrl_a_chooses_every_matching_card_even_those_not_loaded(
    session: ProfileSession, deck: Deck, qtbot: QtBot
) -> None:
    db, user = session.database, session.user_id
    with db.session() as s:
        raw_connection(s).executemany(
            "INSERT INTO flashcard (user_id, set_id, question, answer, difficulty, status, "
            "times_used, created_at) VALUES (?, ?, ?, 'a', 1, 0, 0, '2026-01-01 00:00:00.000000')",
            [(user, deck["airspace"], f"Bulk card {n:03}") for n in range(450)],
        )
    page = open_page(session, qtbot)
    page.view.search_edit.setText("bulk")
    qtbot.waitUntil(lambda: settled(page) and page.model.total == 450)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.all_ids is not None)
    assert page.view.selected_label.text() == "450 selected"
    assert page.model.rowCount() == PAGE_SIZE  # chosen, not loaded
    page.view.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE)
    assert len(page.view.selected_rows()) == 2 * PAGE_SIZE  # arriving rows are selected too
    assert page.view.selected_label.text() == "450 selected"
    qtbot.mouseClick(page.view.suspend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.status.text() == "Suspended 450 cards.")
    assert count_cards(db, user, "", CardFilters(suspended=True)) == 450
    assert page.all_ids is None  # after an action the selection is rows again
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: count_cards(db, user, "", CardFilters(suspended=True)) == 0)


def category_rows(dialog: CategoryDialog) -> list[tuple[str, int]]:
    return [(row.name, row.cards) for row in dialog.model.rows()]


def test_categories_are_created_renamed_and_deleted_with_undo(
    page: BrowsePage, qtbot: QtBot
) -> None:
    db, user = page.session.database, page.session.user_id
    qtbot.mouseClick(page.view.categories_button, Qt.MouseButton.LeftButton)
    dialog = page.categories
    assert isinstance(dialog, CategoryDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: category_rows(dialog) == [("Wx", 2)])
    assert unnamed(dialog) == []

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    namer = dialog.name_dialog
    assert isinstance(namer, CategoryNameDialog)
    namer.name_edit.setText("Wx")
    qtbot.mouseClick(namer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: namer.errors.visible() == {"name": "taken"})
    assert namer.errors.labels["name"].text() == "There is already a category with this name."
    namer.name_edit.setText("Airspace rules")
    qtbot.mouseClick(namer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: category_rows(dialog) == [("Airspace rules", 0), ("Wx", 2)])
    assert dialog.current() is not None and dialog.current().name == "Airspace rules"

    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    namer = dialog.name_dialog
    assert namer is not None and namer.name_edit.text() == "Wx"
    namer.name_edit.setText("Weather")
    qtbot.mouseClick(namer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("Weather", 2) in category_rows(dialog))
    qtbot.waitUntil(lambda: settled(page) and "Weather" in category_column(page))

    dialog.table.selectRow(category_rows(dialog).index(("Weather", 2)))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and "2 cards" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert count_cards(db, user, filters=CardFilters(category_id=page_deck_wx(page))) == 2
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: category_rows(dialog) == [("Airspace rules", 0)])
    qtbot.waitUntil(lambda: settled(page) and "Weather" not in category_column(page))
    assert dialog.status.text() == "Deleted “Weather”."
    assert dialog.undo_button.isEnabled()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: category_rows(dialog) == [("Airspace rules", 0), ("Weather", 2)])
    qtbot.waitUntil(lambda: settled(page) and category_column(page).count("Weather") == 2)
    assert not dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.close_box.button(dialog.close_box.StandardButton.Close),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: page.categories is None)


def category_column(page: BrowsePage) -> list[str]:
    column = COLUMNS.index("category")
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def page_deck_wx(page: BrowsePage) -> int:
    return next(cid for cid, name in page.view.categories if name in ("Wx", "Weather"))
