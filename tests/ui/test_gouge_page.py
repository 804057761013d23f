"""The Gouge page driven through its real widgets, on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.models import Flashcard, FlashcardSet
from studyapp.core.gouge.examiners import ExaminerInput, add_examiner, list_examiners
from studyapp.core.gouge.models import Gouge
from studyapp.core.gouge.service import GougeInput, write_gouge
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.examiner_dialog import ExaminerDialog
from studyapp.ui.dialogs.gouge_dialog import GougeDialog
from studyapp.ui.dialogs.gouge_practice_dialog import PracticeDialog
from studyapp.ui.pages.gouge_page import GougePage
from studyapp.ui.tasks import TaskRunner

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit)  # fmt: skip


@pytest.fixture
def session(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    tasks.wait_for_idle()


@pytest.fixture
def other_pilot(database: Database) -> int:
    return create_profile(database, "ben@example.com", "Ben", "Lee").id


def seed_examiners(db: Database) -> dict[str, int]:
    rows = {
        "garcia": ExaminerInput("María García", 14, ("private", "instrument"),
                                organization="Sierra Flight Academy", home_airport="KRHV",
                                region="Bay Area"),
        "okafor": ExaminerInput("Ben Okafor", 22, ("cfi",), organization="Valley DPEs",
                                region="Central Valley"),
        "smith": ExaminerInput("Al Smith", 6, ("private",), home_airport="KPAO",
                               region="Bay Area"),
    }  # fmt: skip
    return {key: add_examiner(db, data).id for key, data in rows.items()}


def report(examiner_id: int, rating: int = 4, outcome: str = "pass", **extra: object) -> GougeInput:
    return GougeInput(examiner_id, date(2026, 11, 1), "private", outcome, rating, 2, 3, 3,
                      "Steep turns and a diversion.", **extra)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def page(session: ProfileSession, qtbot: QtBot) -> GougePage:
    widget = GougePage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def names_shown(page: GougePage) -> list[str]:
    model = page.directory.model
    return [model.examiner(row).name for row in range(model.rowCount())]


def open_examiner(qtbot: QtBot, page: GougePage, name: str) -> None:
    qtbot.waitUntil(lambda: name in names_shown(page))
    table = page.directory.table
    row = names_shown(page).index(name)
    rect = table.visualRect(page.directory.model.index(row, 0))
    # A real double-click starts with a press: the view only activates a pressed item.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.name_label.text() == name)
    qtbot.waitUntil(lambda: page.detail.detail is not None)


def wait_for_dialog(qtbot: QtBot, page: GougePage, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, kind))
    dialog = page.active_dialog
    assert dialog is not None
    return dialog


def save_and_wait(qtbot: QtBot, page: GougePage, dialog: QWidget) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.active_dialog is None)


def stats(page: GougePage) -> dict[str, str]:
    return page.detail.stats.value_texts()


def test_find_an_examiner_by_search_filter_and_sort(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], rating=5))
    page.reload_directory()
    qtbot.waitUntil(lambda: len(names_shown(page)) == 3)
    assert names_shown(page)[0] == "Al Smith"  # best rated first, unreported after
    qtbot.keyClicks(page.directory.search_edit, "GARCIA")
    qtbot.waitUntil(lambda: names_shown(page) == ["María García"])
    page.directory.search_edit.clear()
    qtbot.waitUntil(lambda: len(names_shown(page)) == 3)
    checkride = page.directory.checkride_filter
    checkride.setCurrentIndex(checkride.findData("cfi"))
    qtbot.waitUntil(lambda: names_shown(page) == ["Ben Okafor"])
    checkride.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.directory.region_filter.count() == 3)  # all + 2 regions
    region = page.directory.region_filter
    region.setCurrentIndex(region.findData("Bay Area"))
    sort = page.directory.sort_combo
    sort.setCurrentIndex(sort.findData("name"))
    qtbot.waitUntil(lambda: names_shown(page) == ["Al Smith", "María García"])
    assert page.directory.model.data(page.directory.model.index(1, 6)) == "No reports yet"


def test_add_an_examiner_with_validation(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.directory.add_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, ExaminerDialog)
    assert isinstance(dialog, ExaminerDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible().get("name") == "required")
    assert dialog.errors.labels["checkride_types"].isVisible()
    assert dialog.errors.labels["home_airport"].text() == "Enter a home airport or a region."
    assert list_examiners(session.database) == []
    qtbot.keyClicks(dialog.name_edit, "Jane Doe")
    dialog.years_spin.setValue(11)
    qtbot.mouseClick(dialog.type_boxes["instrument"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.airport_edit, "kpao")
    save_and_wait(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.detail.name_label.text() == "Jane Doe")
    assert page.detail.stats.no_reports.isVisible()
    assert "No reports yet" in page.detail.stats.no_reports.text()
    qtbot.waitUntil(lambda: names_shown(page) == ["Jane Doe"])
    stored = list_examiners(session.database)[0]
    assert (stored.home_airport, stored.checkride_types) == ("KPAO", ("instrument",))


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
    assert page.detail.gouge_model.rowCount() == 2
    qtbot.waitUntil(lambda: page.directory.model.examiner(0).report_count == 2)


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


def gouge_ids(page: GougePage) -> list[int]:
    model = page.detail.gouge_model
    return [model.entry(row).id for row in range(model.rowCount())]


def select_gouge(qtbot: QtBot, page: GougePage, row: int) -> None:
    qtbot.waitUntil(lambda: page.detail.gouge_model.rowCount() > row)
    page.detail.gouge_table.selectRow(row)
    entry = page.detail.gouge_model.entry(row)
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
    qtbot.waitUntil(lambda: page.directory.model.examiner(0).stats is None)


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


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an objectName or accessibleName."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_control(widget, root):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    # Qt's own sub-widgets (a spin box's line edit, a table's header) are not ours to name.
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], unexpected_elements="x"))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.waitUntil(lambda: page.detail.gouge_detail.entry is not None)
    assert unnamed(page) == []
    for opener, kind in (
        (page.add_examiner, ExaminerDialog),
        (page.edit_examiner, ExaminerDialog),
        (page.write_gouge, GougeDialog),
        (lambda: page.practise(page.detail.gouge_detail.entry, "x"), PracticeDialog),  # type: ignore[arg-type]
    ):
        opener()
        dialog = wait_for_dialog(qtbot, page, kind)
        assert unnamed(dialog) == []
        dialog.reject()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: page.active_dialog is None)


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


def test_language_change_rewords_without_losing_state(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], 3))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.waitUntil(lambda: stats(page)["rating"] == "3.0 / 5" and len(gouge_ids(page)) == 1)
    page.detail.write_button.setText("stale")
    page.directory.add_button.setText("stale")
    # What installing a translator makes Qt send to every widget (children included).
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.detail.write_button.text() == "Write gouge…"
    assert page.directory.add_button.text() == "Add examiner…"
    assert stats(page)["rating"] == "3.0 / 5"
    assert page.detail.gouge_model.rowCount() == 1
