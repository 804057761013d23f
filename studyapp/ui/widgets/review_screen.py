"""The review screen: one card, its answer on Space, and the four grades with their intervals.

Layout, keys and signals only; pages/review_controller.py runs the session.
Keys: Space shows the answer, 1-4 grade, U or Ctrl+Z undoes, E edits, Esc ends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.cards import ReviewCard
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_html import with_media
from studyapp.ui.widgets.review_texts import difficulty_label, grade_names, interval_text
from studyapp.ui.widgets.section import centred

GRADE_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
CARD_TEXT_WIDTH = 760


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _card_label(parent: QWidget, name: str, factor: float) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.AutoText)  # starter cards use a little HTML
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setFont(_scaled_font(label, factor))
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ReviewScreen(Retranslating, QWidget):
    grade_requested = Signal(int)  # 1 Again .. 4 Easy
    undo_requested = Signal()
    edit_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card: ReviewCard | None = None
        self.media_dir: Path | None = None  # where imported cards' images are
        self._image_width = 0  # the width card images were last fitted to
        self.revealed = False
        self.busy = False
        self._left = 0
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self._card_area(), 1)
        layout.addLayout(centred(self._answer_bar()))
        self.hints = QLabel(self)
        self.hints.setObjectName("reviewKeyHints")
        self.hints.setProperty("role", "muted")
        self.hints.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hints)
        self.retranslate()
        self._show_side()

    # Layout ------------------------------------------------------------------

    def _button(self, name: str, handler: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        # The keys do everything; a click must not leave focus on a button, where
        # Space would press it again instead of reaching this screen.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(handler)
        return button

    def _top_bar(self) -> QHBoxLayout:
        self.progress = QLabel(self)
        self.progress.setObjectName("reviewProgress")
        self.progress.setFont(_scaled_font(self.progress, 1.1, bold=True))
        self.meta = QLabel(self)
        self.meta.setObjectName("reviewCardMeta")
        self.meta.setProperty("role", "muted")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.undo_button = self._button("reviewUndoButton", self.undo_requested)
        self.edit_button = self._button("reviewEditButton", self.edit_requested)
        self.end_button = self._button("reviewEndButton", self.end_requested)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addSpacing(16)
        row.addWidget(self.meta, 1)
        for button in (self.undo_button, self.edit_button, self.end_button):
            row.addWidget(button)
        return row

    def _card_area(self) -> QScrollArea:
        frame = QFrame(self)
        frame.setObjectName("reviewCard")
        frame.setProperty("role", "card")
        self.question = _card_label(frame, "reviewQuestion", 1.6)
        self.divider = QFrame(frame)
        self.divider.setFrameShape(QFrame.Shape.HLine)
        self.divider.setFrameShadow(QFrame.Shadow.Plain)
        self.divider.setStyleSheet("color: palette(mid);")  # a quiet rule, not a black bar
        self.answer = _card_label(frame, "reviewAnswer", 1.35)
        # Answers run to several lines, which read better from a straight left edge.
        self.answer.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text = QWidget(frame)
        text.setMaximumWidth(CARD_TEXT_WIDTH)
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(22)
        for widget in (self.question, self.divider, self.answer):
            column.addWidget(widget)
        column.addStretch(1)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(40, 36, 40, 36)
        inner.addLayout(centred(text))
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reviewCardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(frame)
        return self.scroll

    def _answer_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setMaximumWidth(CARD_TEXT_WIDTH)
        row = QHBoxLayout(bar)
        row.setSpacing(10)
        self.show_button = self._button("showAnswerButton", self.reveal)
        self.show_button.setMinimumHeight(52)
        self.show_button.setFont(_scaled_font(self.show_button, 1.1))
        row.addWidget(self.show_button)
        self.grade_buttons: list[QPushButton] = []
        for rating, name in enumerate(("Again", "Hard", "Good", "Easy"), start=1):
            button = self._button(f"grade{name}Button", lambda _=False, r=rating: self._grade(r))
            button.setMinimumHeight(52)
            button.setFont(_scaled_font(button, 1.2))
            row.addWidget(button)
            self.grade_buttons.append(button)
        return bar

    # State -------------------------------------------------------------------

    def show_card(self, card: ReviewCard, left: int, can_undo: bool) -> None:
        """Show ``card``'s question; ``left`` counts it and every card still queued."""
        same_card = self.card is not None and self.card.card_id == card.card_id
        self.card, self._left = card, left
        self.revealed = self.revealed and same_card  # an edit keeps the answer shown
        self._set_card_html()
        self.undo_button.setEnabled(can_undo)
        self.busy = False
        self._describe_card()
        self._show_side()
        self.scroll.verticalScrollBar().setValue(0)

    def _set_card_html(self) -> None:
        if self.card is None:
            return
        self._image_width = width = self.image_width()
        self.question.setText(with_media(self.card.question, self.media_dir, width))
        self.answer.setText(with_media(self.card.answer, self.media_dir, width))

    def image_width(self) -> int:
        """The widest a card image may be: the card's text column in this window."""
        if not self.isVisible():  # not laid out yet: its width says nothing
            return CARD_TEXT_WIDTH
        return max(min(CARD_TEXT_WIDTH, self.scroll.viewport().width() - 80), 120)

    def _refit_images(self) -> None:
        if self.card is not None and self.image_width() != self._image_width:
            self._set_card_html()  # wide images follow the window's width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit_images()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit_images()

    def set_busy(self, busy: bool) -> None:
        """While an answer is being saved, keys and buttons wait (a millisecond or so)."""
        self.busy = busy

    def reveal(self) -> None:
        if self.card is not None and not self.busy:
            self.revealed = True
            self._show_side()

    def interval_texts(self) -> list[str]:
        return [interval_text(i) for i in self.card.intervals] if self.card else []

    def _show_side(self) -> None:
        self.show_button.setVisible(not self.revealed)
        self.divider.setVisible(self.revealed)
        self.answer.setVisible(self.revealed)
        for button in self.grade_buttons:
            button.setVisible(self.revealed)
        self._word_buttons()

    def _grade(self, rating: int) -> None:
        if self.revealed and not self.busy and self.card is not None:
            self.grade_requested.emit(rating)

    # Keys --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Z and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.undo_requested.emit()
        elif modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.revealed:
            self.reveal()
        elif key in GRADE_KEYS:
            self._grade(GRADE_KEYS[key])  # type: ignore[index]
        elif key == Qt.Key.Key_U:
            self.undo_requested.emit()
        elif key == Qt.Key.Key_E:
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.end_requested.emit()
        else:
            super().keyPressEvent(event)

    # Language ----------------------------------------------------------------

    def _describe_card(self) -> None:
        self.progress.setText(
            self.tr("1 card left") if self._left == 1 else self.tr("%1 cards left").replace(
                "%1", f"{self._left:,}")
        )  # fmt: skip
        card = self.card
        if card is None:
            self.meta.clear()
            return
        difficulty = difficulty_label(card.author_difficulty)
        parts = [card.acs_code or self.tr("No ACS code"),
                 card.reference or self.tr("No reference"),
                 self.tr("Difficulty: %1").replace("%1", difficulty)]  # fmt: skip
        self.meta.setText("   ·   ".join(parts))

    def _word_buttons(self) -> None:
        intervals = self.interval_texts() or [""] * 4
        spoken = self.tr("%1, next in %2, key %3")
        for number, (button, name, interval) in enumerate(
            zip(self.grade_buttons, grade_names(), intervals, strict=True), start=1
        ):
            button.setText(f"{name}\n{interval}")
            button.setAccessibleName(
                spoken.replace("%1", name).replace("%2", interval).replace("%3", str(number))
            )

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Flashcard review"))
        self.show_button.setText(self.tr("Show answer"))
        self.show_button.setAccessibleName(self.tr("Show the answer (Space)"))
        texts = {
            self.undo_button: (self.tr("Undo"), self.tr("Undo the last answer (U)")),
            self.edit_button: (self.tr("Edit card"), self.tr("Edit this card (E)")),
            self.end_button: (self.tr("End session"), self.tr("End the session (Esc)")),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.hints.setText(
            self.tr("Space show answer   ·   1–4 grade   ·   U undo   ·   E edit   ·   Esc end")
        )
        self._describe_card()
        self._word_buttons()
