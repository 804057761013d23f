"""The Study page's review driven through its real widgets and keys, on a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.sets import create_set
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.review_card_dialog import ReviewCardDialog
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.review_texts import interval_text
from tests.ui.test_accessibility import unnamed

QUESTIONS = ("What is VFR visibility in Class C?", "What is a TAF?", "What does <b>PIREP</b> mean?")


@pytest.fixture(name="session")
def session_fixture(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    tasks.wait_for_idle()


@pytest.fixture(name="set_id")
def set_id_fixture(session: ProfileSession) -> int:
    db, user_id = session.database, session.user_id
    set_id = create_set(db, user_id, "Weather").id
    for number, question in enumerate(QUESTIONS):
        add_card(db, user_id, set_id, question, f"Answer {number}", difficulty=2,
                 acs_code=f"PA.I.C.K{number + 1}", reference="AIM 7-1-1")  # fmt: skip
    return set_id


@pytest.fixture(name="page")
def page_fixture(session: ProfileSession, set_id: int, qtbot: QtBot) -> StudyPage:
    widget = StudyPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.deck_list.model.rowCount() == 1)
    return widget


def start_review(page: StudyPage, qtbot: QtBot) -> None:
    page.deck_list.table.selectRow(0)
    qtbot.mouseClick(page.deck_list.review_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review_screen)


def shown_question(page: StudyPage) -> str:
    return page.review_screen.question.text()


def log_ratings(db: Database) -> list[tuple[str, int]]:
    with db.session() as session:
        rows = session.execute(
            text(
                "SELECT f.question, r.rating FROM review_log r "
                "JOIN flashcard f ON f.id = r.flashcard_id ORDER BY r.id"
            )
        )
        return [(row[0], row[1]) for row in rows]


def test_space_reveals_and_grade_buttons_show_each_interval(page: StudyPage, qtbot: QtBot) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    assert shown_question(page) == QUESTIONS[0]
    assert screen.progress.text() == "3 cards left"
    assert "PA.I.C.K1" in screen.meta.text() and "AIM 7-1-1" in screen.meta.text()
    assert "Moderate" in screen.meta.text()
    assert screen.answer.isHidden() and screen.grade_buttons[0].isHidden()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.answer.isVisible() and screen.answer.text() == "Answer 0"
    assert screen.card is not None
    for button, name, interval in zip(
        screen.grade_buttons, ("Again", "Hard", "Good", "Easy"), screen.card.intervals, strict=True
    ):
        assert button.isVisible()
        assert button.text() == f"{name}\n{interval_text(interval)}"
    # A new card's Easy is days away, Again minutes: the labels differ.
    assert button.text().endswith(" d") and screen.grade_buttons[0].text().endswith(" min")


def test_grading_writes_the_log_and_shows_the_next_card(
    page: StudyPage, qtbot: QtBot, database: Database
) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    qtbot.keyClick(screen, Qt.Key.Key_3)  # grading before the answer is shown does nothing
    assert log_ratings(database) == []
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[1])
    assert log_ratings(database) == [(QUESTIONS[0], 3)]
    assert screen.answer.isHidden()  # the next card starts on its question
    assert screen.undo_button.isEnabled()


def test_u_undoes_the_last_answer(page: StudyPage, qtbot: QtBot, database: Database) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[1])
    qtbot.keyClick(screen, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[0])
    assert log_ratings(database) == []
    assert not screen.undo_button.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[1])
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[0])
    assert log_ratings(database) == []


def test_e_edits_the_current_card(page: StudyPage, qtbot: QtBot, database: Database) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: page.card_dialog is not None and page.card_dialog.isVisible())
    dialog = page.card_dialog
    assert isinstance(dialog, ReviewCardDialog)
    assert unnamed(dialog) == []
    assert dialog.question_edit.toPlainText() == QUESTIONS[0]
    dialog.answer_edit.setPlainText("")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"answer": "required"})
    dialog.answer_edit.setHtml("3 SM; <i>500 below</i>")  # rich text: italics typed in
    dialog.acs_edit.setText("PA.I.E.K1")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.card_dialog is None)
    qtbot.waitUntil(lambda: screen.answer.text() == "3 SM; <i>500 below</i>")
    assert "PA.I.E.K1" in screen.meta.text()
    assert screen.answer.isVisible()  # the edit kept the answer side up
    qtbot.keyClick(screen, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[1])
    assert log_ratings(database) == [(QUESTIONS[0], 3)]


def test_summary_at_the_end_and_back_to_the_sets(page: StudyPage, qtbot: QtBot) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    # Easy sends a new card days away, so each card leaves the session after one answer.
    for question in QUESTIONS:
        qtbot.waitUntil(lambda q=question: shown_question(page) == q)
        assert unnamed(page) == []
        qtbot.keyClick(screen, Qt.Key.Key_Space)
        qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary)
    assert page.summary.values["cards"].text() == "3"
    assert "Easy 3" in page.summary.values["grades"].text()
    assert unnamed(page) == []
    qtbot.mouseClick(page.summary.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.deck_list)
    qtbot.waitUntil(lambda: page.deck_list.model.row(0).counts.new == 0)


def test_escape_ends_early_with_a_summary_of_what_was_answered(
    page: StudyPage, qtbot: QtBot
) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # nothing answered: straight back
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.deck_list)
    start_review(page, qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: shown_question(page) == QUESTIONS[1])
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary)
    assert page.summary.values["cards"].text() == "1"


def test_review_screen_rewords_itself_when_the_language_changes(
    page: StudyPage, qtbot: QtBot, services: AppServices
) -> None:
    start_review(page, qtbot)
    screen = page.review_screen
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    services.language.set_language("es")
    qtbot.waitUntil(lambda: screen.progress.text() == "Quedan 3 tarjetas")
    assert screen.grade_buttons[0].text().startswith("Otra vez\n")
    assert "Dificultad: Moderada" in screen.meta.text()
    assert screen.edit_button.text() == "Editar tarjeta"
    services.language.set_language("en")
    qtbot.waitUntil(lambda: screen.progress.text() == "3 cards left")
    assert screen.grade_buttons[2].text().startswith("Good\n")


def test_card_images_come_from_the_media_folder(
    session: ProfileSession, qtbot: QtBot, paths: AppPaths
) -> None:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(paths.media / "sectional.png"))
    set_id = create_set(session.database, session.user_id, "Charts").id
    add_card(session.database, session.user_id, set_id,
             'Which airspace is this? <img src="sectional.png">', "Class D")  # fmt: skip
    page = StudyPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.deck_list.model.rowCount() == 1)
    start_review(page, qtbot)
    label = page.review_screen.question
    assert QUrl.fromLocalFile(str(paths.media / "sectional.png")).toString() in label.text()
    assert label.sizeHint().height() >= 160  # the picture itself was loaded, not a broken icon
