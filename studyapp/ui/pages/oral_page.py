"""The Mock oral page: setup, one question at a time, results, history and readiness.

This module is the controller: every database call goes through
``session.tasks`` (answers on the single writer, reads on the pool) and the
views in ``widgets/oral_*.py`` only show dataclasses. Each answer is committed
as it is given, with the clock, so closing the window or a crash mid-oral loses
at most the answer being typed; the setup screen then offers to resume.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from studyapp.core.db import Database
from studyapp.core.errors import ValidationError
from studyapp.core.flashcards.sets import SetInfo, create_set, list_sets
from studyapp.core.oral.acs import AcsDocument, shipped_catalog
from studyapp.core.oral.authoring import list_questions, question_counts
from studyapp.core.oral.loading import ensure_loaded
from studyapp.core.oral.models import ORIGIN_CUSTOM, ORIGIN_IMPORTED
from studyapp.core.oral.readiness import readiness
from studyapp.core.oral.results import SessionResults, history, session_results
from studyapp.core.oral.sessions import (
    finish_session,
    record_answer,
    save_elapsed,
    session_state,
    set_flag,
    start_session,
    unfinished_sessions,
)
from studyapp.core.oral.to_flashcards import missed_to_flashcards
from studyapp.core.oral.views import QuestionView, SessionState
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.oral_question_dialog import OralQuestionDialog
from studyapp.ui.pages.oral_bank_files import OralBankFiles
from studyapp.ui.pages.oral_speech import Speech
from studyapp.ui.widgets.oral_progress import OralHistoryView, OralReadinessView
from studyapp.ui.widgets.oral_question import OralQuestionView
from studyapp.ui.widgets.oral_results import OralResultsView
from studyapp.ui.widgets.oral_setup import OralSetupView
from studyapp.ui.widgets.oral_texts import error_text
from studyapp.ui.widgets.retranslating import Retranslating

# The order a pilot meets them: private first.
ACS_ORDER = ("FAA-S-ACS-6C", "FAA-S-ACS-8C", "FAA-S-ACS-7B", "FAA-S-ACS-25")


def _prepare(db: Database) -> tuple[list[AcsDocument], dict[str, int]]:
    ensure_loaded(db)
    documents = sorted(
        shipped_catalog().documents,
        key=lambda d: ACS_ORDER.index(d.acs_id) if d.acs_id in ACS_ORDER else len(ACS_ORDER),
    )
    return documents, question_counts(db)


def _results_and_sets(db: Database, user_id: int, session_id: int) -> tuple[Any, list[SetInfo]]:
    return session_results(db, user_id, session_id), list_sets(db, user_id)


def _make_cards(
    db: Database, user_id: int, session_id: int, set_id: int | None, name: str
) -> tuple[int, str]:
    if set_id is None:
        set_id = create_set(db, user_id, name).id
    return missed_to_flashcards(db, user_id, session_id, set_id), name


class OralPage(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oralPage")
        self.session = session
        self.state: SessionState | None = None
        self.paused = False
        self.busy = False
        self.base_elapsed = 0
        self.clock = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.speech = Speech(self)
        self.question_dialog: OralQuestionDialog | None = None
        self._build()
        self._connect()
        self.retranslate()
        self._write(_prepare, session.database, then=self._prepared)

    def _build(self) -> None:
        self.setup = OralSetupView(self)
        self.history_view = OralHistoryView(self)
        self.readiness_view = OralReadinessView(self)
        self.home = QTabWidget(self)
        self.home.setObjectName("oralTabs")
        for view in (self.setup, self.history_view, self.readiness_view):
            self.home.addTab(view, "")
        self.question = OralQuestionView(self, can_speak=self.speech.available)
        self.results = OralResultsView(self)
        self.stack = QStackedWidget(self)
        for widget in (self.home, self.question, self.results):
            self.stack.addWidget(widget)
        QVBoxLayout(self).addWidget(self.stack)
        self.bank_files = OralBankFiles(self.session, self.setup, self)

    def _connect(self) -> None:
        self.setup.start_requested.connect(self.start)
        self.setup.resume_requested.connect(self.resume_session)
        self.setup.import_requested.connect(self.bank_files.import_file)
        self.setup.export_requested.connect(self.bank_files.export_file)
        self.setup.write_requested.connect(lambda: self.open_question_dialog(None))
        self.setup.edit_requested.connect(self.open_question_dialog)
        self.setup.acs_changed.connect(lambda _acs: self._load_my_questions())
        self.bank_files.imported.connect(self.refresh_home)
        self.question.grade_requested.connect(self.answer)
        self.question.flag_toggled.connect(self._flag)
        self.question.pause_requested.connect(self.pause)
        self.question.resume_requested.connect(self.unpause)
        self.question.end_requested.connect(self.finish)
        self.question.speak_requested.connect(self.speech.say)
        self.results.cards_requested.connect(self._make_cards)
        self.results.done_requested.connect(self.show_home)
        self.history_view.open_requested.connect(self.show_results)
        self.readiness_view.acs_changed.connect(lambda _acs: self._load_readiness())

    def retranslate(self) -> None:
        for index, text in enumerate(
            (self.tr("New oral"), self.tr("History"), self.tr("Readiness"))
        ):
            self.home.setTabText(index, text)
        self.home.setAccessibleName(self.tr("Mock oral"))

    # Tasks -------------------------------------------------------------------

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: Any) -> None:
            if shiboken6.isValid(self):  # a task may outlive the page
                callback(value)

        return guarded

    def _submit(self, write: bool, fn: Callable[..., Any], *args: Any, then: Callable) -> None:
        self.session.tasks.submit(
            fn, *args, on_result=self._guard(then), on_error=self._guard(self._failed), write=write
        )

    def _write(self, fn: Callable[..., Any], *args: Any, then: Callable) -> None:
        self._submit(True, fn, *args, then=then)

    def _read(self, fn: Callable[..., Any], *args: Any, then: Callable) -> None:
        self._submit(False, fn, *args, then=then)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.question.set_busy(False)
        if isinstance(error, ValidationError):
            field, code = next(iter(error.errors.items()))
            text = error_text(field, code)
        else:
            text = self.tr("Something went wrong: %1").replace("%1", str(error))
        shown_on = self.question if self.stack.currentWidget() is self.question else self.setup
        shown_on.show_error(text)

    # Home ------------------------------------------------------------------

    def _prepared(self, result: tuple[list[AcsDocument], dict[str, int]]) -> None:
        documents, counts = result
        self.setup.set_documents(documents, counts)
        self.readiness_view.set_documents(documents)
        self.refresh_home()

    def refresh_home(self) -> None:
        db, user = self.session.database, self.session.user_id
        self._read(question_counts, db, then=self._counts)
        self._read(unfinished_sessions, db, user, then=self._unfinished)
        self._read(history, db, user, then=self.history_view.set_entries)
        self._load_readiness()
        self._load_my_questions()

    def _load_my_questions(self) -> None:
        acs = self.setup.acs_id()
        if acs:
            origins = (ORIGIN_CUSTOM, ORIGIN_IMPORTED)
            self._read(list_questions, self.session.database, acs, origins,
                       then=self.setup.set_my_questions)  # fmt: skip

    def open_question_dialog(self, question: QuestionView | None) -> None:
        acs = question.acs_id if question else self.setup.acs_id()
        if not acs:
            return
        dialog = OralQuestionDialog(self.session, acs, question, self)
        dialog.saved.connect(lambda _q: self.refresh_home())
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.question_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: OralQuestionDialog) -> None:
        if self.question_dialog is dialog:
            self.question_dialog = None
        dialog.deleteLater()

    def _counts(self, counts: dict[str, int]) -> None:
        self.setup.set_documents(self.setup.documents, counts)

    def _unfinished(self, states: list[SessionState]) -> None:
        self.setup.set_unfinished(states[0] if states else None)

    def _load_readiness(self) -> None:
        acs = self.readiness_view.acs_id()
        if acs:
            db, user = self.session.database, self.session.user_id
            self._read(readiness, db, user, acs, then=self.readiness_view.set_areas)

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()

    # The oral ------------------------------------------------------------------

    def start(self, acs_id: str, mode: str, areas: tuple[str, ...], limit: int | None) -> None:
        db, user = self.session.database, self.session.user_id
        self._write(
            lambda: start_session(
                db, user, acs_id, mode=mode, areas=areas, time_limit_minutes=limit
            ),
            then=self.show_state,
        )

    def resume_session(self, session_id: int) -> None:
        db, user = self.session.database, self.session.user_id
        self._read(session_state, db, user, session_id, then=self.show_state)

    def show_state(self, state: SessionState) -> None:
        self.state, self.busy = state, False
        if state.finished or state.current is None or state.time_up:
            self.finish()
            return
        self.base_elapsed = state.elapsed_seconds
        self.question.show_question(state.current, state.total)
        self.stack.setCurrentWidget(self.question)
        self._run_clock()

    def elapsed(self) -> int:
        running = self.clock.elapsed() // 1000 if self.clock.isValid() else 0
        return self.base_elapsed + int(running)

    def _run_clock(self) -> None:
        self.paused = False
        self.question.set_paused(False)
        self.clock.start()
        self.ticker.start()
        self._tick()

    def _stop_clock(self) -> None:
        self.base_elapsed = self.elapsed()
        self.clock.invalidate()
        self.ticker.stop()

    def _tick(self) -> None:
        if self.state is None:
            return
        self.question.set_clock(self.elapsed(), self.state.time_limit_minutes)
        limit = self.state.time_limit_minutes
        if limit is not None and self.elapsed() >= limit * 60 and not self.busy:
            self.finish()

    def answer(self, grade: str | None) -> None:
        state, asked = self.state, self.question.asked
        if self.busy or state is None or asked is None:
            return
        self.busy = True
        self.question.set_busy(True)
        db, user = self.session.database, self.session.user_id
        values = {"grade": grade, "notes": self.question.notes_text(),
                  "ticked": self.question.ticked(), "flagged": self.question.flag.isChecked(),
                  "elapsed_seconds": self.elapsed()}  # fmt: skip
        self._write(
            lambda: record_answer(db, user, state.session_id, asked.position, **values),
            then=self.show_state,
        )

    def _flag(self, flagged: bool) -> None:
        if self.state is not None and self.question.asked is not None:
            db, user = self.session.database, self.session.user_id
            args = (db, user, self.state.session_id, self.question.asked.position, flagged)
            self._write(set_flag, *args, then=lambda _none: None)

    def pause(self) -> None:
        if self.state is None or self.paused:
            return
        self._stop_clock()
        self.paused = True
        self.question.set_paused(True)
        db, user = self.session.database, self.session.user_id
        args = (db, user, self.state.session_id, self.base_elapsed)
        self._write(save_elapsed, *args, then=lambda _none: None)

    def unpause(self) -> None:
        if self.paused:
            self._run_clock()

    def finish(self) -> None:
        if self.state is None:
            return
        elapsed = self.elapsed()
        self._stop_clock()
        self.busy = True
        db, user, session_id = self.session.database, self.session.user_id, self.state.session_id
        self.state = None
        self._write(finish_session, db, user, session_id, elapsed,
                    then=lambda done: self.show_results(done.session_id))  # fmt: skip

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another page, or the window closing) pauses the clock.
        if self.state is not None and self.stack.currentWidget() is self.question:
            self.pause()
        super().hideEvent(event)

    # Results -------------------------------------------------------------------

    def show_results(self, session_id: int) -> None:
        self.busy = False
        db, user = self.session.database, self.session.user_id
        self._read(_results_and_sets, db, user, session_id, then=self._show_results)

    def _show_results(self, loaded: tuple[SessionResults, list[SetInfo]]) -> None:
        results, sets = loaded
        self.results.show_results(results, sets)
        self.stack.setCurrentWidget(self.results)

    def _make_cards(self, set_id: int | None, name: str) -> None:
        results = self.results.results
        if results is None:
            return
        db, user = self.session.database, self.session.user_id
        self.session.tasks.submit(
            _make_cards, db, user, results.session_id, set_id, name,
            on_result=self._guard(lambda made: self.results.show_cards_made(*made)),
            on_error=self._guard(self._cards_failed),
        )  # fmt: skip

    def _cards_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError) and "name" in error.errors:
            self.results.show_cards_error(
                self.tr("Type a name for the new set (up to 255 characters).")
            )
        else:
            self.results.show_cards_error(self.tr("The flashcards could not be made: %1")
                                          .replace("%1", str(error)))  # fmt: skip
