"""The Mock oral page driven through its real widgets: a short Private oral, resume, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.sets import list_sets
from studyapp.core.oral.results import history
from studyapp.core.oral.sessions import finish_session, unfinished_sessions
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.oral_page import OralPage
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from tests.core.test_oral_support import install_small_bank


@pytest.fixture(name="session")
def session_fixture(
    paths: AppPaths, database: Database, tmp_path: Path, qtbot: QtBot
) -> Iterator[ProfileSession]:
    install_small_bank(database, tmp_path)
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    # Close the pages first: closing pauses a running oral, which saves its clock.
    for page in OPEN_PAGES:
        if shiboken6.isValid(page):
            page.close()
    OPEN_PAGES.clear()
    tasks.wait_for_idle()


OPEN_PAGES: list[OralPage] = []


def open_page(session: ProfileSession, qtbot: QtBot) -> OralPage:
    page = OralPage(session)
    OPEN_PAGES.append(page)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.setup.acs.count() == 4, timeout=10_000)
    return page


def start(page: OralPage, qtbot: QtBot, areas: tuple[str, ...]) -> None:
    assert page.setup.acs_id() == "FAA-S-ACS-6C"  # private first
    page.setup.choose("areas", areas)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.question, timeout=10_000)


def grade(page: OralPage, qtbot: QtBot, which: str | None) -> None:
    before = page.question.asked
    if which is not None:
        qtbot.mouseClick(page.question.reveal_button, Qt.MouseButton.LeftButton)
        button = page.question.grades[which]
    else:
        button = page.question.skip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.question.asked is not before or page.stack.currentWidget() is page.results,
        timeout=10_000,
    )


def test_a_short_private_oral_from_start_to_finish(session: ProfileSession, qtbot: QtBot) -> None:
    page = open_page(session, qtbot)
    start(page, qtbot, ("PA.II",))
    view = page.question
    assert view.progress.text() == "Question 1 of 4"
    assert not view.grades["S"].isEnabled()  # grade only after comparing with the answer
    qtbot.keyClicks(view.notes, "I must have my pilot certificate and medical with me")
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert view.answer_card.isVisible()
    assert view.points.checked_rows() == [0]  # "Pilot certificate and medical" was mentioned
    qtbot.mouseClick(view.flag, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.grades["S"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.progress.text() == "Question 2 of 4", timeout=10_000)
    assert view.notes.toPlainText() == ""
    for which in ("N", "U", None):
        grade(page, qtbot, which)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=10_000)
    results = page.results.results
    assert results is not None
    assert results.score == 38  # (1 + 0.5 + 0 + 0) / 4 = 37.5, halves round up
    assert page.results.score.text() == "38 / 100"
    assert results.flagged == 1
    assert page.results.model.rowCount() == 3  # area II and its two tasks

    page.results.set_choice.setEditText("Oral misses")
    qtbot.mouseClick(page.results.make_cards, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Oral misses" in page.results.cards_status.text(), timeout=10_000)
    assert [s.name for s in list_sets(session.database, session.user_id)] == ["Oral misses"]

    qtbot.mouseClick(page.results.done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history_view.model.rowCount() == 1, timeout=10_000)
    assert page.history_view.model.entries[0].score == 38
    qtbot.waitUntil(lambda: page.readiness_view.model.rowCount() > 0, timeout=10_000)
    assert len(history(session.database, session.user_id)) == 1


def test_resume_after_the_window_is_closed_mid_oral(session: ProfileSession, qtbot: QtBot) -> None:
    page = open_page(session, qtbot)
    start(page, qtbot, ("PA.I",))
    grade(page, qtbot, "S")
    grade(page, qtbot, "U")
    asked_third = page.question.asked
    qtbot.keyClicks(page.question.notes, "typing when the window closes")
    page.close()
    session.tasks.wait_for_idle()
    [open_oral] = unfinished_sessions(session.database, session.user_id)
    assert open_oral.answered == 2

    again = open_page(session, qtbot)
    qtbot.waitUntil(lambda: again.setup.resume_card.isVisible(), timeout=10_000)
    assert "2 of 7" in again.setup.resume_text.text()
    qtbot.mouseClick(again.setup.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.question, timeout=10_000)
    assert again.question.progress.text() == "Question 3 of 7"
    assert asked_third is not None
    assert again.question.asked.question.uid == asked_third.question.uid
    assert again.question.notes.toPlainText() == ""  # only the answer in progress is lost


def test_pause_stops_the_clock_and_hides_the_question(
    session: ProfileSession, qtbot: QtBot
) -> None:
    page = open_page(session, qtbot)
    start(page, qtbot, ("PA.III",))
    qtbot.mouseClick(page.question.pause, Qt.MouseButton.LeftButton)
    assert page.question.stack.currentIndex() == 1
    assert not page.question.skip.isEnabled()
    frozen = page.elapsed()
    qtbot.wait(1100)
    assert page.elapsed() == frozen
    qtbot.mouseClick(page.question.resume, Qt.MouseButton.LeftButton)
    assert page.question.stack.currentIndex() == 0 and page.question.skip.isEnabled()


def test_starting_without_areas_says_why(session: ProfileSession, qtbot: QtBot) -> None:
    page = open_page(session, qtbot)
    page.setup.choose("areas", ())
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.setup.error.isVisible(), timeout=10_000)
    assert page.setup.error.text() == "Choose at least one area of operation."
    page.setup.choose("weak")
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "weak areas" in page.setup.error.text(), timeout=10_000)
    assert page.stack.currentWidget() is page.home


def test_an_instructor_writes_a_question_and_edits_it(
    session: ProfileSession, qtbot: QtBot
) -> None:
    page = open_page(session, qtbot)
    mine = page.setup.my_questions
    qtbot.waitUntil(lambda: mine.rowCount() == 15, timeout=10_000)  # the imported test bank
    qtbot.mouseClick(page.setup.write_button, Qt.MouseButton.LeftButton)
    dialog = page.question_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.editors["codes"].setText("PA.I.A.K99")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: dialog.errors["codes"].isVisible(), timeout=10_000)
    assert dialog.errors["question"].text() == "Required."
    assert "element code" in dialog.errors["codes"].text()
    dialog.editors["codes"].setText("PA.I.A.K1")
    dialog.editors["question"].setPlainText("What documents must you carry as PIC?")
    dialog.editors["answer"].setPlainText("Pilot certificate, medical, photo ID.")
    dialog.editors["key_points"].setPlainText("Pilot certificate\nMedical\nPhoto ID")
    dialog.editors["reference"].setText("14 CFR 61.3")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: mine.rowCount() == 16, timeout=10_000)
    assert page.question_dialog is None
    row = next(r for r in range(16) if mine.question(r).origin == "custom")
    written = mine.question(row)
    assert written is not None and written.origin == "custom"
    assert written.key_points == ("Pilot certificate", "Medical", "Photo ID")

    page.setup.my_list.setCurrentIndex(mine.index(row))
    page.setup.my_list.doubleClicked.emit(mine.index(row))
    edit = page.question_dialog
    assert edit is not None
    assert edit.editors["question"].toPlainText() == "What documents must you carry as PIC?"
    edit.editors["answer"].setPlainText("Certificate, medical (or BasicMed), government photo ID.")
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: any("BasicMed" in q.answer for q in mine.questions), timeout=10_000)


def test_a_full_private_oral_runs_to_the_end_and_shows_in_history(
    session: ProfileSession, qtbot: QtBot
) -> None:
    page = open_page(session, qtbot)
    page.setup.choose("full")
    page.setup.use_limit.setChecked(False)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.question, timeout=10_000)
    assert page.question.progress.text() == "Question 1 of 15"
    seen_scenario = False
    while page.stack.currentWidget() is page.question:
        seen_scenario = seen_scenario or page.question.scenario.isVisible()
        grade(page, qtbot, "S")
    assert seen_scenario
    qtbot.waitUntil(lambda: page.results.results is not None, timeout=10_000)
    assert page.results.score.text() == "100 / 100"
    assert not page.results.make_cards.isEnabled()  # nothing missed
    qtbot.mouseClick(page.results.done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history_view.model.rowCount() == 1, timeout=10_000)
    assert page.history_view.model.entries[0].mode == "full"


def test_the_page_rewords_itself_when_the_language_changes(
    session: ProfileSession, qtbot: QtBot, services: AppServices
) -> None:
    page = open_page(session, qtbot)
    start(page, qtbot, ("PA.III",))
    services.language.set_language("es")
    qtbot.waitUntil(lambda: page.question.skip.text() == "Omitir")
    assert page.question.progress.text() == "Pregunta 1 de 4"
    assert page.home.tabText(1) == "Historial"
    assert page.setup.acs.itemText(0) == "Piloto privado – Avión (FAA-S-ACS-6C)"
    assert page.history_view.model.headerData(4, Qt.Orientation.Horizontal) == "Puntuación"
    services.language.set_language("en")
    qtbot.waitUntil(lambda: page.question.skip.text() == "Skip")
    assert page.setup.start_button.text() == "Start oral"


def test_an_answer_that_cannot_be_saved_says_so_on_the_question(
    session: ProfileSession, qtbot: QtBot
) -> None:
    page = open_page(session, qtbot)
    start(page, qtbot, ("PA.III",))
    assert page.state is not None
    # The same oral ended elsewhere meanwhile (e.g. a second window): the answer is refused.
    finish_session(session.database, session.user_id, page.state.session_id)
    qtbot.mouseClick(page.question.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.question.grades["S"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.question.error.isVisible(), timeout=10_000)
    assert page.question.error.text() == "This oral has already ended."
    assert page.question.grades["S"].isEnabled()  # the pilot is not stuck


def test_setup_names_tasks_to_check_in_the_printed_acs(
    session: ProfileSession, qtbot: QtBot
) -> None:
    page = open_page(session, qtbot)
    setup = page.setup
    note = setup.task_note
    setup.choose("areas", ("PA.I",))
    assert note.isHidden()  # nothing partial or left out in Area I
    # Ticking Area VII in the list, as a pilot clicks its check box
    row = setup.areas.item_keys().index("PA.VII")
    setup.areas.setData(setup.areas.index(row), Qt.CheckState.Checked.value,
                        Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert note.isVisible()
    assert note.text() == (
        "Area VII Tasks B, C: the element lists could not be fully checked against "
        "FAA-S-ACS-6C — compare with your copy."
    )
    assert note.objectName() == "oralTaskNote" and note.accessibleName() == note.text()
    setup.choose("areas", ())
    assert note.isHidden()  # no area chosen yet: nothing to warn about
    setup.choose("full")
    assert "Area VII Tasks B, C" in note.text()

    setup.acs.setCurrentIndex(setup.acs.findData("FAA-S-ACS-25"))
    assert note.text().startswith("Area VIII Task B; Area X Task D: the element lists ")
    assert "Not in StudyApp yet (FAA-S-ACS-25): Area II Task L; Area VII Tasks E, J, K; " in (
        note.text()
    )
    setup.choose("areas", ("FI.I", "AI.III"))
    assert note.isHidden()  # both areas complete
    setup.choose("areas", ("AI.X", "AI.XI"))
    assert note.text() == (
        "Area X Task D: the element list could not be fully checked against FAA-S-ACS-25 — "
        "compare with your copy. Not in StudyApp yet (FAA-S-ACS-25): Area XI Tasks B, C — "
        "study these from your copy."
    )
