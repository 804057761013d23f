"""The Study page: the deck list (or, on first run, the starter decks), a review, its summary.

This module wires views to controllers: ``deck_controller.DeckController`` for the
sets and starter decks, ``review_controller.ReviewController`` for the session
(every step on the single writer task). Views live in widgets/deck_* and review_*.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from studyapp.core.flashcards.cards import CardContent, card_content
from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.sets import SetCounts
from studyapp.core.flashcards.summary import SessionSummary
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.review_card_dialog import ReviewCardDialog
from studyapp.ui.pages.deck_controller import DeckController
from studyapp.ui.pages.review_controller import ReviewController, Step
from studyapp.ui.widgets.deck_gallery import DeckGallery
from studyapp.ui.widgets.deck_list_view import DeckListView
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_screen import ReviewScreen
from studyapp.ui.widgets.review_summary import ReviewSummaryView
from studyapp.ui.widgets.review_texts import task_error


class StudyPage(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyPage")
        self.session = session
        self.has_sets: bool | None = None  # unknown until the first load
        self.card_dialog: ReviewCardDialog | None = None
        self.deck_list = DeckListView(self)
        self.gallery = DeckGallery(self)
        self.review_screen = ReviewScreen(self)
        self.review_screen.media_dir = session.paths.media
        self.summary = ReviewSummaryView(self)
        self.stack = QStackedWidget(self)
        for view in (self.deck_list, self.gallery, self.review_screen, self.summary):
            self.stack.addWidget(view)
        self.status = QLabel(self)
        self.status.setObjectName("studyStatus")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self.decks = DeckController(session, self.deck_list, self.gallery, self)
        self.review = ReviewController(session, self)
        self._connect()
        self.retranslate()
        self.decks.reload()
        self.decks.load_gallery()

    def _connect(self) -> None:
        self.decks.sets_loaded.connect(self._sets_loaded)
        self.decks.installed.connect(self._installed)
        self.decks.imported.connect(self._imported)
        self.deck_list.review_requested.connect(self.start_review)
        self.deck_list.gallery_requested.connect(self.show_gallery)
        self.gallery.back_requested.connect(self.show_deck_list)
        screen = self.review_screen
        screen.grade_requested.connect(self._grade)
        screen.undo_requested.connect(self.review.undo)
        screen.edit_requested.connect(self.edit_card)
        screen.end_requested.connect(self.review.end)
        self.review.card_ready.connect(self._show_step)
        self.review.nothing_due.connect(self._nothing_due)
        self.review.finished.connect(self._finished)
        self.review.failed.connect(self._review_failed)
        self.summary.back_requested.connect(self.show_deck_list)

    # Deck list and gallery ---------------------------------------------------

    def _sets_loaded(self, sets: list[SetCounts]) -> None:
        first_load = self.has_sets is None
        self.has_sets = bool(sets)
        self.gallery.set_first_run(not sets)
        if not sets and first_load and self.stack.currentWidget() is self.deck_list:
            # An empty profile starts in the gallery; deleting the last set does not
            # jump there, so its Undo stays in reach.
            self.stack.setCurrentWidget(self.gallery)
        elif sets and first_load and self.stack.currentWidget() is self.gallery:
            self.stack.setCurrentWidget(self.deck_list)

    def _installed(self, _result: object) -> None:
        self.has_sets = True  # the deck is a set now: show it, ready to review
        self.show_deck_list()

    def _imported(self, _result: object) -> None:
        # The controller already reloads the list; leave the first-run gallery for it.
        self.has_sets = True
        if self.stack.currentWidget() is self.gallery:
            self.stack.setCurrentWidget(self.deck_list)

    def show_deck_list(self) -> None:
        self.status.hide()
        empty = self.has_sets is False and self.decks.deleted is None
        self.stack.setCurrentWidget(self.gallery if empty else self.deck_list)
        self.decks.reload()

    def show_gallery(self) -> None:
        self.stack.setCurrentWidget(self.gallery)
        self.decks.load_gallery()

    def showEvent(self, event: QShowEvent) -> None:
        # Counts change while the page is hidden (a new day, cards added elsewhere).
        if self.stack.currentWidget() is self.deck_list and self.has_sets is not None:
            self.decks.reload()
        super().showEvent(event)
        if self.stack.currentWidget() is self.review_screen:
            self.review_screen.setFocus()  # back from another page: the keys work at once

    # Review ------------------------------------------------------------------

    def start_review(self, scope: ReviewScope) -> None:
        self.status.hide()
        self.review.start(scope)

    def _show_step(self, step: Step) -> None:
        assert step.card is not None
        self.review_screen.show_card(step.card, step.left, step.can_undo)
        if self.stack.currentWidget() is not self.review_screen:
            self.stack.setCurrentWidget(self.review_screen)
        self.review_screen.setFocus()

    def _grade(self, rating: int) -> None:
        self.review_screen.set_busy(True)
        self.review.answer(rating)

    def _nothing_due(self) -> None:
        self.decks.show_status(
            lambda: self.tr(
                "Nothing to review here right now: no card is due and today's new cards are done."
            )
        )

    def _finished(self, summary: SessionSummary | None, elapsed_ms: int) -> None:
        if summary is None:
            self.show_deck_list()
            return
        self.summary.show_summary(summary, elapsed_ms)
        self.stack.setCurrentWidget(self.summary)

    def _review_failed(self, error: Exception) -> None:
        self.review_screen.set_busy(False)
        self.status.setText(task_error(error))
        self.status.show()

    def edit_card(self) -> None:
        card = self.review_screen.card
        if card is None or self.card_dialog is not None or not self.review.active:
            return
        db, user_id = self.session.database, self.session.user_id
        self.session.tasks.submit(
            card_content, db, user_id, card.card_id,
            on_result=alive(self, lambda content: self._open_editor(card.card_id, content)),
            on_error=alive(self, self._review_failed), write=False,
        )  # fmt: skip

    def _open_editor(self, card_id: int, content: CardContent) -> None:
        dialog = ReviewCardDialog(self.session, card_id, content, self)
        self.card_dialog = dialog
        dialog.saved.connect(lambda _card_id: self.review.reload_card())
        dialog.finished.connect(lambda _code: self._editor_closed(dialog))
        dialog.open()

    def _editor_closed(self, dialog: ReviewCardDialog) -> None:
        if self.card_dialog is dialog:
            self.card_dialog = None
        dialog.deleteLater()
        self.review_screen.setFocus()

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.status.setAccessibleName(self.tr("Study status"))
        self.decks.retranslate()
