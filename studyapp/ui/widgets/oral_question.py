"""The question screen: one examiner question, notes, the reference answer and self-grading.

Layout and signals only; pages/oral_page.py commits each answer. The grades
unlock once the reference answer is shown, so the pilot compares before grading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.oral.keypoints import mentioned
from studyapp.core.oral.views import AskedQuestion
from studyapp.ui.models.oral_check_model import CheckListModel
from studyapp.ui.widgets.oral_texts import clock
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import Section, centred

TEXT_WIDTH = 820


def _label(parent: QWidget, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class OralQuestionView(Retranslating, QWidget):
    grade_requested = Signal(object)  # "S" / "N" / "U", or None to skip
    flag_toggled = Signal(bool)
    pause_requested = Signal()
    resume_requested = Signal()
    end_requested = Signal()
    speak_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, can_speak: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("oralQuestion")
        self.asked: AskedQuestion | None = None
        self.total = 0
        self.revealed = False
        self.points = CheckListModel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._question_page())
        self.stack.addWidget(self._paused_page())
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.stack, 1)
        layout.addLayout(centred(self._grade_bar()))
        self.error = _label(self, "oralQuestionError")
        self.error.setProperty("role", "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error.hide()
        layout.addWidget(self.error)
        self.speak.setVisible(can_speak)
        self.retranslate()

    # Layout ------------------------------------------------------------------

    def _button(self, name: str, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(parent or self)
        button.setObjectName(name)
        return button

    def _top_bar(self) -> QHBoxLayout:
        self.progress = _label(self, "oralProgress", bold=True)
        self.timer = _label(self, "oralTimer", 1.2, bold=True)
        self.flag = self._button("oralFlag")
        self.flag.setCheckable(True)
        self.flag.toggled.connect(self.flag_toggled)
        self.pause = self._button("oralPause")
        self.pause.clicked.connect(self.pause_requested)
        self.end = self._button("oralEnd")
        self.end.clicked.connect(self.end_requested)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.timer)
        for button in (self.flag, self.pause, self.end):
            row.addWidget(button)
        return row

    def _question_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.scenario = Section(page)
        self.scenario.setObjectName("oralScenario")
        self.briefing = _label(self.scenario, "oralBriefing")
        self.scenario.body.addWidget(self.briefing)
        self.codes = _label(page, "oralCodes")
        self.codes.setProperty("role", "muted")
        self.question = _label(page, "oralQuestionText", 1.35, bold=True)
        self.speak = self._button("oralSpeak", page)
        self.speak.clicked.connect(lambda: self.speak_requested.emit(self.question.text()))
        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("oralNotes")
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(130)
        self.reveal_button = self._button("oralReveal", page)
        self.reveal_button.clicked.connect(self.reveal)
        self.answer_card = self._answer_card(page)
        for widget in (self.scenario, self.codes, self.question):
            column.addWidget(widget)
        speak_row = QHBoxLayout()
        speak_row.addWidget(self.speak)
        speak_row.addStretch(1)
        speak_row.addWidget(self.reveal_button)
        column.addWidget(self.notes)
        column.addLayout(speak_row)
        column.addWidget(self.answer_card)
        column.addStretch(1)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        page.setMaximumWidth(TEXT_WIDTH)
        holder_layout.addLayout(centred(page))
        scroll = QScrollArea(self)
        scroll.setObjectName("oralQuestionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        return scroll

    def _answer_card(self, parent: QWidget) -> Section:
        card = Section(parent)
        card.setObjectName("oralAnswerCard")
        self.answer = _label(card, "oralAnswer")
        self.points_title = _label(card, "oralPointsTitle", bold=True)
        self.point_list = QListView(card)
        self.point_list.setObjectName("oralKeyPoints")
        self.point_list.setModel(self.points)
        self.point_list.setWordWrap(True)
        self.point_list.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.reference = _label(card, "oralReference")
        self.reference.setProperty("role", "muted")
        self.follow_ups = _label(card, "oralFollowUps")
        for widget in (self.answer, self.points_title, self.point_list, self.reference,
                       self.follow_ups):  # fmt: skip
            card.body.addWidget(widget)
        return card

    def _paused_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.paused_text = _label(page, "oralPausedText", 1.5, bold=True)
        self.paused_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume = self._button("oralResume", page)
        self.resume.clicked.connect(self.resume_requested)
        column.addStretch(1)
        column.addWidget(self.paused_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _grade_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        self.grades = {
            "S": self._button("oralGradeS", bar),
            "N": self._button("oralGradeN", bar),
            "U": self._button("oralGradeU", bar),
        }
        for grade, button in self.grades.items():
            button.clicked.connect(lambda _=False, g=grade: self.grade_requested.emit(g))
            row.addWidget(button)
        self.skip = self._button("oralSkip", bar)
        self.skip.clicked.connect(lambda: self.grade_requested.emit(None))
        row.addSpacing(24)
        row.addWidget(self.skip)
        return bar

    def retranslate(self) -> None:
        self.flag.setText(self.tr("Flag"))
        self.flag.setToolTip(self.tr("Mark this question to look at again later"))
        self.pause.setText(self.tr("Pause"))
        self.end.setText(self.tr("End oral"))
        self.speak.setText(self.tr("Read aloud"))
        self.notes.setPlaceholderText(
            self.tr("Answer aloud, or type your answer here; the key points you mention are "
                    "ticked when you show the reference answer."))  # fmt: skip
        self.reveal_button.setText(self.tr("Show reference answer"))
        self.points_title.setText(self.tr("Key points the examiner listens for"))
        self.answer_card.set_title(self.tr("Reference answer"))
        self.paused_text.setText(self.tr("Paused: the clock is stopped."))
        self.resume.setText(self.tr("Resume"))
        self.grades["S"].setText(self.tr("Satisfactory"))
        self.grades["N"].setText(self.tr("Needs work"))
        self.grades["U"].setText(self.tr("Unsatisfactory"))
        self.skip.setText(self.tr("Skip"))
        self.notes.setAccessibleName(self.tr("Your answer notes"))
        self.point_list.setAccessibleName(self.tr("Key points checklist"))
        for button in (self.flag, self.pause, self.end, self.speak, self.reveal_button,
                       self.resume, self.skip, *self.grades.values()):  # fmt: skip
            button.setAccessibleName(button.text())
        self._show_texts()

    # Behaviour ---------------------------------------------------------------

    def show_question(self, asked: AskedQuestion, total: int) -> None:
        self.asked, self.total, self.revealed = asked, total, False
        q = asked.question
        self.scenario.setVisible(q.scenario_title is not None)
        self.scenario.set_title(q.scenario_title or "")
        self.briefing.setText(q.scenario_briefing or "")
        self.question.setText(q.question)
        self.answer.setText(q.answer)
        self.reference.setText(q.reference)
        self.points.set_items([(str(i), p) for i, p in enumerate(q.key_points)])
        self._fit_points()
        self.notes.setPlainText(asked.notes)
        self.flag.blockSignals(True)
        self.flag.setChecked(asked.flagged)
        self.flag.blockSignals(False)
        self._set_revealed(False)
        self.show_error("")
        self._show_texts()
        self.notes.setFocus()

    def show_error(self, text: str) -> None:
        """A failed save: the answer stays on screen so the pilot can try again."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def reveal(self) -> None:
        """Show the reference answer; tick the key points the notes already mention."""
        if self.asked is None:
            return
        self.points.set_checked(mentioned(self.notes.toPlainText(), self.asked.question.key_points))
        self._set_revealed(True)

    def _set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.answer_card.setVisible(revealed)
        self.reveal_button.setEnabled(not revealed)
        for button in self.grades.values():
            button.setEnabled(revealed)

    def _fit_points(self) -> None:
        rows = self.points.rowCount()
        row_height = self.point_list.sizeHintForRow(0) if rows else 0
        self.point_list.setFixedHeight(
            rows * max(row_height, 18) + 2 * self.point_list.frameWidth() + 4
        )

    def set_paused(self, paused: bool) -> None:
        self.stack.setCurrentIndex(1 if paused else 0)
        for button in (self.pause, self.flag, self.skip, *self.grades.values()):
            button.setEnabled(not paused and (button not in self.grades.values() or self.revealed))

    def set_busy(self, busy: bool) -> None:
        for button in (self.skip, *self.grades.values()):
            button.setEnabled(not busy and (button is self.skip or self.revealed))

    def set_clock(self, elapsed: int, limit_minutes: int | None) -> None:
        if limit_minutes is None:
            self.timer.setText(clock(elapsed))
            return
        left = limit_minutes * 60 - elapsed
        self.timer.setText(self.tr("%1 left").replace("%1", clock(left)))
        self.timer.setProperty("role", "error" if left < 300 else "")
        self.timer.style().polish(self.timer)

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def ticked(self) -> tuple[int, ...]:
        return tuple(self.points.checked_rows()) if self.revealed else ()

    def _show_texts(self) -> None:
        asked = self.asked
        if asked is None:
            return
        q = asked.question
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(asked.position + 1))
            .replace("%2", str(self.total)))  # fmt: skip
        self.codes.setText(" · ".join(q.codes))
        self.follow_ups.setText(
            self.tr("Follow-up questions:") + "\n" + "\n".join(f"• {f}" for f in q.follow_ups)
            if q.follow_ups else "")  # fmt: skip
        self.follow_ups.setVisible(bool(q.follow_ups))
