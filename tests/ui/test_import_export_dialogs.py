"""Import and export from the Study page, driven through the real dialogs on real files."""

from __future__ import annotations

import csv
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.sets import create_set
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.export_dialog import ExportDialog
from studyapp.ui.dialogs.import_dialog import ImportDialog
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.tasks import TaskRunner
from tests.core.anki_packages import genanki_package
from tests.ui.test_accessibility import unnamed

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(name="session")
def session_fixture(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    create_set(database, profile.id, "Checkride week")
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


def open_import(page: StudyPage, qtbot: QtBot) -> ImportDialog:
    qtbot.mouseClick(page.deck_list.import_button, CLICK)
    dialog = page.decks.transfer
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def set_names(page: StudyPage) -> list[str]:
    return [s.name for s in page.deck_list.model.rows()]


def snapshot(database: Database) -> list[list[tuple]]:
    with sqlite3.connect(database.path) as conn:
        return [
            list(conn.execute(f"SELECT * FROM {table} ORDER BY id"))
            for table in ("flashcard", "flashcard_set", "flashcard_category", "review_log")
        ]


def finish(dialog: ImportDialog | ExportDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.result_page, timeout=20_000)


def test_csv_import_with_the_mapping_step_then_the_list_shows_the_new_set(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    file = tmp_path / "speeds.csv"
    file.write_text(
        "Notes,Front,Back,Deck\n"
        'ignore me,Vx?,"Best angle\nof climb",V-speeds\n'
        "me too,Vy?,Best rate of climb,V-speeds\n",
        encoding="utf-8",
    )
    page = open_page(session, qtbot)
    dialog = open_import(page, qtbot)
    assert not dialog.next_button.isEnabled()  # no file yet
    assert unnamed(dialog) == []
    dialog.choose_file(file)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.next_button.isEnabled())
    assert dialog.next_button.text() == "Next"
    qtbot.mouseClick(dialog.next_button, CLICK)
    step = dialog.mapping_step
    assert dialog.stack.currentWidget() is step
    assert step.fields() == [None, "question", "answer", "set_name"]  # guessed from the header
    assert step.model.headerData(1, Qt.Orientation.Horizontal) == "Front\n→ Question"
    assert step.model.rowCount() == 2
    assert unnamed(dialog) == []
    step.choose(0, "question")  # the question moves: Front falls back to Ignore
    assert step.fields() == ["question", None, "answer", "set_name"]
    step.choose(0, None)
    assert not dialog.next_button.isEnabled()  # no question column now
    step.choose(1, "question")
    step.choose(0, "reference")
    assert dialog.next_button.text() == "Import" and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, CLICK)
    finish(dialog, qtbot)
    assert "Added: 2 cards" in dialog.result_text.text()
    assert "“V-speeds”" in dialog.result_text.text()
    qtbot.waitUntil(lambda: "V-speeds" in set_names(page))
    assert page.deck_list.selected_sets()[0].name == "V-speeds"
    with sqlite3.connect(database.path) as conn:
        assert conn.execute("SELECT question, answer, reference FROM flashcard").fetchall() == [
            ("Vx?", "Best angle\nof climb", "ignore me"),
            ("Vy?", "Best rate of climb", "me too"),
        ]
    assert dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.close_button, CLICK)
    qtbot.waitUntil(lambda: page.decks.transfer is None)


def test_apkg_import_into_one_named_set_brings_its_image(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    page = open_page(session, qtbot)
    dialog = open_import(page, qtbot)
    dialog.choose_file(genanki_package(tmp_path))
    assert dialog.next_button.text() == "Import"  # no mapping step for a package
    dialog.one_set_radio.setChecked(True)
    dialog.set_combo.setEditText("")
    assert not dialog.next_button.isEnabled()  # "one set" needs its name
    dialog.set_combo.setEditText("From Anki")
    qtbot.mouseClick(dialog.next_button, CLICK)
    finish(dialog, qtbot)
    text = dialog.result_text.text()
    assert "Added: 4 cards" in text and "Images and sounds: 1" in text
    assert (session.paths.media / "chart.png").exists()
    qtbot.waitUntil(lambda: "From Anki" in set_names(page))
    assert not dialog.back_button.isVisible()  # done: only Close is left
    dialog.reject()


def test_cancel_leaves_the_database_as_it_was(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    file = tmp_path / "many.tsv"
    file.write_text(
        "question\tanswer\n" + "".join(f"Q{n}\tA{n}\n" for n in range(3000)), encoding="utf-8"
    )
    page = open_page(session, qtbot)
    before = snapshot(database)
    dialog = open_import(page, qtbot)
    dialog.choose_file(file)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    qtbot.mouseClick(dialog.next_button, CLICK)
    gate = threading.Event()  # holds the single writer, so Cancel lands before the import runs
    session.tasks.submit(gate.wait, 10)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.stack.currentWidget() is dialog.progress_page
    assert dialog.progress_bar.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isVisible()
    assert unnamed(dialog) == []
    qtbot.mouseClick(dialog.cancel_button, CLICK)
    assert dialog.progress_label.text() == "Cancelling…"
    gate.set()
    finish(dialog, qtbot)
    assert dialog.result_text.text() == "Import cancelled. Nothing was changed."
    assert snapshot(database) == before
    dialog.reject()


def test_closing_the_window_while_importing_cancels_and_then_closes(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    page = open_page(session, qtbot)
    before = snapshot(database)
    dialog = open_import(page, qtbot)
    dialog.choose_file(genanki_package(tmp_path))
    gate = threading.Event()
    session.tasks.submit(gate.wait, 10)
    qtbot.mouseClick(dialog.next_button, CLICK)
    dialog.reject()
    assert dialog.isVisible()  # waits for the job to stop
    gate.set()
    qtbot.waitUntil(lambda: page.decks.transfer is None)
    session.tasks.wait_for_idle()
    assert snapshot(database) == before
    assert list(session.paths.media.iterdir()) == []


def test_bad_files_say_what_is_wrong_and_change_nothing(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    page = open_page(session, qtbot)
    before = snapshot(database)
    dialog = open_import(page, qtbot)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("question,answer\nok,fine\nCaf\u00e9?,yes\n".encode("latin-1"))
    dialog.choose_file(latin)
    qtbot.waitUntil(dialog.file_status.isVisible)
    assert "not in UTF-8" in dialog.file_status.text() and "line 3" in dialog.file_status.text()
    assert not dialog.next_button.isEnabled()
    data = genanki_package(tmp_path).read_bytes()
    cut = tmp_path / "cut.apkg"
    cut.write_bytes(data[: len(data) // 2])
    dialog.choose_file(cut)
    assert not dialog.file_status.isVisible()
    qtbot.mouseClick(dialog.next_button, CLICK)
    finish(dialog, qtbot)
    assert dialog.result_title.text() == "Nothing was imported"
    assert "damaged or incomplete" in dialog.result_text.text()
    assert "Nothing was imported.\n\nDetails: " in dialog.result_text.text()
    assert snapshot(database) == before
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.stack.currentWidget() is dialog.file_page
    dialog.choose_file(tmp_path / "gone.csv")
    qtbot.waitUntil(dialog.file_status.isVisible)
    assert dialog.file_status.text().startswith("The file could not be read")
    dialog.reject()


def test_export_of_the_selected_set_to_csv_and_everything_to_apkg(
    session: ProfileSession, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    install_starter_deck(database, session.user_id, "instrument-rating")
    page = open_page(session, qtbot)
    qtbot.waitUntil(lambda: len(set_names(page)) == 2)
    instrument = next(s for s in page.deck_list.model.rows() if s.name != "Checkride week")
    page.deck_list.select_sets([instrument.id])
    qtbot.mouseClick(page.deck_list.export_button, CLICK)
    dialog = page.decks.transfer
    assert isinstance(dialog, ExportDialog)
    assert not dialog.all_check.isChecked()
    assert dialog.chosen_set_ids() == [instrument.id]
    dialog.check_set(instrument.id, False)
    assert not dialog.next_button.isEnabled()
    dialog.check_set(instrument.id)
    assert unnamed(dialog) == []
    dialog.export_to(tmp_path / "instrument.csv")
    finish(dialog, qtbot)
    count = instrument.counts.total
    assert f"Exported {count} cards from “{instrument.name}” to instrument.csv." in (
        dialog.result_text.text()
    )
    with (tmp_path / "instrument.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:4] == ["id", "set", "question", "answer"]
    assert {row[1] for row in rows[1:]} == {instrument.name} and len(rows) == count + 1
    dialog.reject()
    qtbot.waitUntil(lambda: page.decks.transfer is None)
    dialog = page.decks.open_export()
    dialog.all_check.setChecked(True)
    assert dialog.chosen_set_ids() is None
    dialog.export_to(tmp_path / "all.apkg")
    finish(dialog, qtbot)
    assert zipfile.ZipFile(tmp_path / "all.apkg").testzip() is None
    assert "Images and sounds: 0" in dialog.result_text.text()
    dialog.reject()


def test_export_with_no_set_chosen_cannot_start(session: ProfileSession, qtbot: QtBot) -> None:
    page = open_page(session, qtbot)
    qtbot.waitUntil(lambda: set_names(page) == ["Checkride week"])
    page.deck_list.table.clearSelection()
    dialog = page.decks.open_export()
    assert dialog.all_check.isChecked() and dialog.next_button.isEnabled()
    dialog.all_check.setChecked(False)
    assert not dialog.next_button.isEnabled()
    dialog.reject()


def test_first_run_gallery_offers_import_and_shows_the_list_after_it(
    paths: AppPaths, database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    profile = create_profile(database, "new@example.com", "Nia", "Okafor")
    tasks = TaskRunner()
    page = open_page(ProfileSession(paths, database, tasks, profile), qtbot)
    assert page.stack.currentWidget() is page.gallery
    assert page.gallery.import_button.isVisible()
    qtbot.mouseClick(page.gallery.import_button, CLICK)
    dialog = page.decks.transfer
    assert isinstance(dialog, ImportDialog)
    assert dialog.set_combo.count() == 0  # no sets yet to offer
    file = tmp_path / "first.tsv"
    file.write_text("front\tback\nVso?\tStall speed, landing configuration\n", encoding="utf-8")
    dialog.choose_file(file)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    dialog.go_next()
    dialog.go_next()
    finish(dialog, qtbot)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.deck_list)
    qtbot.waitUntil(lambda: set_names(page) == ["first"])
    dialog.reject()
    tasks.wait_for_idle()
