"""Writing, editing, deleting, moving and practising gouge on the Gouge page (real widgets)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from studyapp.core.flashcards.models import Flashcard, FlashcardSet
from studyapp.core.gouge.examiners import list_examiners
from studyapp.core.gouge.models import Gouge
from studyapp.core.gouge.service import write_gouge
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.gouge_dialog import GougeDialog
from studyapp.ui.dialogs.gouge_practice_dialog import PracticeDialog
from studyapp.ui.pages.gouge_page import GougePage
from tests.ui.test_gouge_page import (
    gouge_ids,
    open_examiner,
    other_pilot_fixture,  # noqa: F401 (fixture "other_pilot")
    page_fixture,  # noqa: F401 (fixture "page")
    report,
    save_and_wait,
    seed_examiners,
    session_fixture,  # noqa: F401 (fixture "session")
    stats,
    wait_for_dialog,
)


def fill_gouge(qtbot: QtBot, dialog: GougeDialog, rating: int, passed: bool, text: str) -> None:
    dialog.rating_spin.setValue(rating)
    qtbot.mouseClick(dialog.pass_radio if passed else dialog.fail_radio, Qt.MouseButton.LeftButton)
    dialog.content_edit.clear()
    qtbot.keyClicks(dialog.content_edit, text)


def test_write_gouge_and_see_the_aggregates_update(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    seed_examiners(session.database)
    page.reload_directory()
    open_examiner(qtbot, page, "María García")
    assert page.detail.stats.no_reports.isVisible()
    for rating, passed in ((4, True), (1, False)):
        qtbot.mouseClick(page.detail.write_button, Qt.MouseButton.LeftButton)
        dialog = wait_for_dialog(qtbot, page, GougeDialog)
        assert isinstance(dialog, GougeDialog)
        fill_gouge(qtbot, dialog, rating, passed, "Holds and a partial panel approach.")
        dialog.flight_combo.setCurrentIndex(2 if passed else 0)  # hard, then easy
        save_and_wait(qtbot, page, dialog)
    # Hand-computed: ratings 4 and 1, one pass in two, flight 3 and 1, oral 2 and 2.
    expected = {
        "rating": "2.5 / 5",
        "pass_rate": "50%",
        "flight": "Moderate (2.0)",
        "oral": "Moderate (2.0)",
        "reports": "2",
    }
    qtbot.waitUntil(lambda: stats(page) == expected)
    assert not page.detail.stats.no_reports.isVisible()
    assert "Results: 1 passed · 1 failed" in page.detail.chart.accessibleDescription()
    # The report list reloads in its own task, after the figures: wait for it too.
    qtbot.waitUntil(lambda: page.detail.gouge_model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.directory.model.row(0).report_count == 2)


def test_validation_messages_beside_the_fields_and_nothing_saved(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    seed_examiners(session.database)
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.mouseClick(page.detail.write_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, GougeDialog)
    assert isinstance(dialog, GougeDialog)
    assert dialog.date_edit.maximumDate() == QDate.currentDate()  # no future checkride
    qtbot.keyClicks(dialog.content_edit, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.visible()))
    assert dialog.errors.visible() == {"pass_or_fail": "required", "content": "required"}
    assert dialog.errors.labels["pass_or_fail"].isVisible()
    assert dialog.errors.labels["content"].text() == "Describe what happened on the checkride."
    assert page.active_dialog is dialog and dialog.isVisible()
    with session.database.session() as db_session:
        assert db_session.scalars(select(Gouge)).all() == []
    fill_gouge(qtbot, dialog, 3, True, "Fine.")
    save_and_wait(qtbot, page, dialog)
    qtbot.waitUntil(lambda: stats(page)["reports"] == "1")


def select_gouge(qtbot: QtBot, page: GougePage, row: int) -> None:
    qtbot.waitUntil(lambda: page.detail.gouge_model.rowCount() > row)
    page.detail.gouge_table.selectRow(row)
    entry = page.detail.gouge_model.row(row)
    qtbot.waitUntil(lambda: page.detail.gouge_detail.entry == entry)


def test_edit_and_delete_only_ones_own_gouge(
    page: GougePage, session: ProfileSession, qtbot: QtBot, other_pilot: int
) -> None:
    ids = seed_examiners(session.database)
    theirs = write_gouge(session.database, other_pilot, report(ids["smith"], 2, is_anonymous=True))
    mine = write_gouge(session.database, session.user_id, report(ids["smith"], 4))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.waitUntil(lambda: page.detail.gouge_model.rowCount() == 2)
    gouge_view = page.detail.gouge_detail
    row_theirs = page.detail.gouge_model.row_of(theirs.id)
    select_gouge(qtbot, page, row_theirs)
    assert not gouge_view.edit_button.isVisible() and not gouge_view.delete_button.isVisible()
    assert page.detail.gouge_model.author_text(gouge_view.entry) == "Anonymous"  # type: ignore[arg-type]
    select_gouge(qtbot, page, page.detail.gouge_model.row_of(mine.id))
    assert gouge_view.edit_button.isVisible()
    qtbot.mouseClick(gouge_view.edit_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, GougeDialog)
    assert isinstance(dialog, GougeDialog) and dialog.rating_spin.value() == 4
    dialog.rating_spin.setValue(5)
    save_and_wait(qtbot, page, dialog)
    qtbot.waitUntil(lambda: stats(page)["rating"] == "3.5 / 5")  # (2 + 5) / 2
    select_gouge(qtbot, page, page.detail.gouge_model.row_of(mine.id))
    qtbot.mouseClick(gouge_view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QAbstractButton, "confirmDeleteYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stats(page)["rating"] == "2.0 / 5" and stats(page)["reports"] == "1")
    qtbot.waitUntil(lambda: gouge_ids(page) == [theirs.id])


def test_deleting_the_last_report_shows_no_reports_again(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["okafor"], 5))
    page.reload_directory()
    open_examiner(qtbot, page, "Ben Okafor")
    qtbot.waitUntil(lambda: stats(page)["reports"] == "1")
    select_gouge(qtbot, page, 0)
    qtbot.mouseClick(page.detail.gouge_detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None)
    no = page.confirm_box.findChild(QAbstractButton, "confirmDeleteNo")  # type: ignore[union-attr]
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is None)
    assert page.detail.gouge_model.rowCount() == 1  # "No" kept it
    qtbot.mouseClick(page.detail.gouge_detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None)
    yes = page.confirm_box.findChild(QAbstractButton, "confirmDeleteYes")  # type: ignore[union-attr]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.stats.no_reports.isVisible())
    qtbot.waitUntil(lambda: gouge_ids(page) == [])
    qtbot.waitUntil(lambda: page.directory.model.row(0).stats is None)


def test_practise_this_creates_a_flashcard(
    page: GougePage, session: ProfileSession, qtbot: QtBot, other_pilot: int
) -> None:
    ids = seed_examiners(session.database)
    elements = "- Brief a VOR hold entry\n- Lost comms at night"
    write_gouge(session.database, other_pilot, report(ids["garcia"], unexpected_elements=elements))
    page.reload_directory()
    open_examiner(qtbot, page, "María García")
    qtbot.waitUntil(lambda: page.detail.gouge_detail.entry is not None)
    view = page.detail.gouge_detail
    assert view.elements.stringList() == ["Brief a VOR hold entry", "Lost comms at night"]
    view.element_list.setCurrentIndex(view.elements.index(1))
    qtbot.mouseClick(view.practise_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, PracticeDialog)
    assert isinstance(dialog, PracticeDialog)
    assert dialog.question_edit.toPlainText() == "Lost comms at night"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no answer yet
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"answer": "required"})
    qtbot.keyClicks(dialog.answer_edit, "Squawk 7600, AVE-F / MEA")
    save_and_wait(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.status.isVisible())
    assert "From gouge" in page.status.text()
    with session.database.session() as db_session:
        card = db_session.scalars(select(Flashcard)).one()
        card_set = db_session.get(FlashcardSet, card.set_id)
        assert (card.user_id, card.question, card.answer) == (
            session.user_id,
            "Lost comms at night",
            "Squawk 7600, AVE-F / MEA",
        )
        assert card_set is not None and card_set.name == "From gouge"


def test_moving_ones_gouge_to_another_examiner_updates_both(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    mine = write_gouge(session.database, session.user_id, report(ids["smith"], 5))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    select_gouge(qtbot, page, 0)
    qtbot.mouseClick(page.detail.gouge_detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, GougeDialog)
    assert isinstance(dialog, GougeDialog)
    combo = dialog.examiner_combo
    qtbot.waitUntil(lambda: combo.findData(ids["garcia"]) >= 0)
    combo.setCurrentIndex(combo.findData(ids["garcia"]))
    save_and_wait(qtbot, page, dialog)
    # The page follows the report to its new examiner.
    qtbot.waitUntil(lambda: page.detail.name_label.text() == "María García")
    qtbot.waitUntil(lambda: stats(page)["reports"] == "1" and gouge_ids(page) == [mine.id])
    by_name = {e.name: e for e in list_examiners(session.database)}
    assert by_name["Al Smith"].stats is None
    assert by_name["María García"].stats is not None
    assert by_name["María García"].stats.avg_rating == 5.0


def test_gouge_filter_by_checkride_on_the_examiner_page(
    page: GougePage, session: ProfileSession, qtbot: QtBot, other_pilot: int
) -> None:
    ids = seed_examiners(session.database)
    private = write_gouge(session.database, other_pilot, report(ids["garcia"]))
    instrument = replace(report(ids["garcia"]), checkride_type="instrument",
                         gouge_date=date(2026, 11, 10))  # fmt: skip
    newer = write_gouge(session.database, other_pilot, instrument)
    page.reload_directory()
    open_examiner(qtbot, page, "María García")
    qtbot.waitUntil(lambda: gouge_ids(page) == [newer.id, private.id])  # newest first
    combo = page.detail.gouge_filter
    combo.setCurrentIndex(combo.findData("private"))
    qtbot.waitUntil(lambda: gouge_ids(page) == [private.id])
    combo.setCurrentIndex(combo.findData("atp"))
    qtbot.waitUntil(lambda: gouge_ids(page) == [])
    assert page.detail.gouge_empty.isVisible()
