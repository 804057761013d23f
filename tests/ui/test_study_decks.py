"""The Study page's deck list and starter decks, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.sets import create_category, create_set, list_sets, set_counts
from studyapp.core.flashcards.starter_decks import list_starter_decks
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.deck_name_dialog import DeckNameDialog
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from tests.ui.test_accessibility import unnamed


@pytest.fixture(name="session")
def session_fixture(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    tasks.wait_for_idle()


def open_page(session: ProfileSession, qtbot: QtBot) -> StudyPage:
    page = StudyPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.has_sets is not None)
    return page


def set_names(page: StudyPage) -> list[str]:
    return [s.name for s in page.deck_list.model.rows()]


def test_first_run_offers_the_starter_decks_and_installs_one(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    page = open_page(session, qtbot)
    assert page.stack.currentWidget() is page.gallery
    decks = {deck.deck_id: deck for deck in list_starter_decks()}
    # Tiles added to a visible page show on the next pass of the event loop.
    qtbot.waitUntil(
        lambda: (
            set(page.gallery.tiles) == set(decks)
            and all(tile.isVisible() for tile in page.gallery.tiles.values())
        )
    )
    assert page.gallery.back_button.isHidden()  # nothing to go back to yet
    assert unnamed(page) == []
    tile = page.gallery.tile("private-pilot")
    assert tile.install_button.text() == "Install"
    # Seen right after the click is handled: the install itself may finish within the click.
    busy: list[bool] = []
    tile.install_requested.connect(
        lambda _id: busy.append(tile.progress.isVisible() and not tile.install_button.isEnabled())
    )
    qtbot.mouseClick(tile.install_button, Qt.MouseButton.LeftButton)
    assert busy == [True]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.deck_list, timeout=10_000)
    qtbot.waitUntil(lambda: set_names(page) == [decks["private-pilot"].title])
    counts = page.deck_list.model.row(0).counts
    assert counts.total == decks["private-pilot"].card_count
    assert counts.new == 20  # what today's session introduces: the daily new-card limit
    assert page.deck_list.totals.text() == "Due today: 0 · New: 20"
    assert "Installed" in page.deck_list.status.text()
    assert [s.name for s in list_sets(database, session.user_id)] == set_names(page)
    qtbot.mouseClick(page.deck_list.gallery_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.gallery
    assert page.gallery.back_button.isVisible()
    qtbot.waitUntil(lambda: page.gallery.tile("private-pilot").install_button.text() == "Update")


def test_create_and_rename_a_set_with_errors_beside_the_name(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    create_set(database, session.user_id, "Airspace")
    page = open_page(session, qtbot)
    assert page.stack.currentWidget() is page.deck_list
    qtbot.mouseClick(page.deck_list.create_button, Qt.MouseButton.LeftButton)
    dialog = page.decks.dialog
    assert isinstance(dialog, DeckNameDialog)
    assert unnamed(dialog) == []
    dialog.name_edit.setText("Airspace")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"name": "taken"})
    assert dialog.errors.labels["name"].text() == "You already have a set with this name."
    dialog.name_edit.setText("  Weather ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: set_names(page) == ["Airspace", "Weather"])
    assert [s.name for s in page.deck_list.selected_sets()] == ["Weather"]
    qtbot.mouseClick(page.deck_list.rename_button, Qt.MouseButton.LeftButton)
    dialog = page.decks.dialog
    assert isinstance(dialog, DeckNameDialog) and dialog.name_edit.text() == "Weather"
    dialog.name_edit.setText("")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"name": "required"})
    dialog.name_edit.setText("Weather and METARs")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: set_names(page) == ["Airspace", "Weather and METARs"])


def test_delete_asks_first_and_undo_brings_the_set_back(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    set_id = create_set(database, session.user_id, "Airspace").id
    for n in range(3):
        add_card(database, session.user_id, set_id, f"Q{n}", f"A{n}")
    page = open_page(session, qtbot)
    page.deck_list.table.selectRow(0)
    qtbot.mouseClick(page.deck_list.delete_button, Qt.MouseButton.LeftButton)
    box = page.decks.confirm_box
    assert isinstance(box, QMessageBox) and "3 cards" in box.text()
    assert unnamed(box) == []
    box.findChild(QPushButton, "cancelButton").click()
    qtbot.wait(50)
    assert [s.name for s in list_sets(database, session.user_id)] == ["Airspace"]
    qtbot.mouseClick(page.deck_list.delete_button, Qt.MouseButton.LeftButton)
    page.decks.confirm_box.findChild(QPushButton, "acceptButton").click()
    qtbot.waitUntil(lambda: page.deck_list.undo_button.isVisible() and set_names(page) == [])
    assert list_sets(database, session.user_id) == []
    assert page.deck_list.status.text() == "Deleted “Airspace” (3 cards)."
    assert page.stack.currentWidget() is page.deck_list  # the Undo stays in reach
    assert page.deck_list.empty_label.isVisible()
    qtbot.mouseClick(page.deck_list.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.deck_list.undo_button.isHidden() and set_names(page) != [])
    assert set_names(page) == ["Airspace"]
    assert page.deck_list.status.text() == "“Airspace” is back."
    assert set_counts(database, session.user_id)[0].counts.total == 3
    assert page.stack.currentWidget() is page.deck_list


def test_review_of_an_empty_selection_says_nothing_is_due(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    create_set(database, session.user_id, "Empty")
    page = open_page(session, qtbot)
    qtbot.waitUntil(lambda: set_names(page) == ["Empty"])
    page.deck_list.table.selectRow(0)
    qtbot.mouseClick(page.deck_list.review_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.deck_list.status.text().startswith("Nothing to review"))
    assert page.stack.currentWidget() is page.deck_list


def test_review_by_category_and_everything_due(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    user_id = session.user_id
    weather = create_category(database, "Weather")
    create_category(database, "Airspace")
    first = create_set(database, user_id, "One").id
    second = create_set(database, user_id, "Two").id
    add_card(database, user_id, first, "Cloud?", "Cumulus", category_id=weather)
    add_card(database, user_id, second, "Class B?", "Mode C veil")
    page = open_page(session, qtbot)
    combo = page.deck_list.category_combo
    qtbot.waitUntil(lambda: combo.count() == 2)
    combo.setCurrentIndex(combo.findText("Weather"))
    qtbot.mouseClick(page.deck_list.category_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review_screen)
    assert page.review_screen.question.text() == "Cloud?"
    assert page.review_screen.progress.text() == "1 card left"
    qtbot.keyClick(page.review_screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.deck_list)
    qtbot.mouseClick(page.deck_list.review_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review_screen)
    assert page.review_screen.progress.text() == "2 cards left"


def test_review_of_several_selected_sets(
    session: ProfileSession, qtbot: QtBot, database: Database
) -> None:
    user_id = session.user_id
    for name in ("One", "Two", "Three"):
        set_id = create_set(database, user_id, name).id
        add_card(database, user_id, set_id, f"{name}?", name)
    page = open_page(session, qtbot)
    qtbot.waitUntil(lambda: set_names(page) == ["One", "Three", "Two"])
    page.deck_list.select_sets([page.deck_list.model.row(0).id, page.deck_list.model.row(2).id])
    assert [s.name for s in page.deck_list.selected_sets()] == ["One", "Two"]
    assert not page.deck_list.rename_button.isEnabled()  # rename and delete take one set
    qtbot.mouseClick(page.deck_list.review_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review_screen)
    assert page.review_screen.progress.text() == "2 cards left"
    assert page.review_screen.question.text() in ("One?", "Two?")


def test_deck_list_rewords_itself_when_the_language_changes(
    session: ProfileSession, qtbot: QtBot, database: Database, services: AppServices
) -> None:
    create_set(database, session.user_id, "Airspace")
    page = open_page(session, qtbot)
    model = page.deck_list.model
    services.language.set_language("es")
    qtbot.waitUntil(lambda: page.deck_list.title.text() == "Estudio")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mazo"
    assert page.deck_list.review_all_button.text() == "Repasar todo lo pendiente"
    services.language.set_language("en")
    qtbot.waitUntil(lambda: page.deck_list.title.text() == "Study")
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Due today"
