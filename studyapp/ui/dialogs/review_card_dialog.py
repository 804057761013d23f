"""Edit the card being reviewed (the E key): question, answer, ACS code, reference, difficulty.

The card keeps its schedule and review history; set and category stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from studyapp.core.flashcards.cards import ACS_CODE_MAX, REFERENCE_MAX, CardContent, update_card
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.review_form_dialog import ReviewFormDialog
from studyapp.ui.widgets.review_texts import difficulty_label


def _text_edit(parent: QWidget, name: str, text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumSize(520, 110)
    return edit


class ReviewCardDialog(ReviewFormDialog):
    """``saved`` carries the card id once the edit is committed."""

    def __init__(
        self,
        session: ProfileSession,
        card_id: int,
        content: CardContent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("reviewCardDialog")
        self.card_id, self.content = card_id, content
        self.question_edit = _text_edit(self, "cardQuestionEdit", content.question)
        self.answer_edit = _text_edit(self, "cardAnswerEdit", content.answer)
        self.acs_edit = QLineEdit(content.acs_code or "", self)
        self.acs_edit.setObjectName("cardAcsEdit")
        self.acs_edit.setMaxLength(ACS_CODE_MAX + 1)
        self.reference_edit = QLineEdit(content.reference or "", self)
        self.reference_edit.setObjectName("cardReferenceEdit")
        self.reference_edit.setMaxLength(REFERENCE_MAX + 1)
        self.difficulty_combo = QComboBox(self)
        self.difficulty_combo.setObjectName("cardDifficultyCombo")
        for level in (1, 2, 3):
            self.difficulty_combo.addItem("", level)
        self.difficulty_combo.setCurrentIndex(
            max(0, self.difficulty_combo.findData(content.difficulty))
        )
        self.labels = [QLabel(self) for _ in range(5)]
        editors = (("question", self.question_edit), ("answer", self.answer_edit),
                   ("acs_code", self.acs_edit), ("reference", self.reference_edit),
                   ("difficulty", self.difficulty_combo))  # fmt: skip
        for label, (field, editor) in zip(self.labels, editors, strict=True):
            self.add_row(label, field, editor)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes HTML tags literally
        self.form.addRow(self.hint)
        self.retranslate()

    def edited_content(self) -> CardContent:
        return replace(
            self.content,
            question=self.question_edit.toPlainText(),
            answer=self.answer_edit.toPlainText(),
            acs_code=self.acs_edit.text(),
            reference=self.reference_edit.text(),
            difficulty=int(self.difficulty_combo.currentData()),
        )

    def save(self) -> None:
        self.submit(self._update, self.edited_content())

    def _update(self, content: CardContent) -> int:
        update_card(self.session.database, self.session.user_id, self.card_id, content)
        return self.card_id

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit card"))
        texts = (
            (self.tr("&Question:"), self.tr("Question")),
            (self.tr("&Answer:"), self.tr("Answer")),
            (self.tr("A&CS code:"), self.tr("ACS code")),
            (self.tr("&Reference:"), self.tr("Reference")),
            (self.tr("&Difficulty:"), self.tr("Author's difficulty")),
        )
        editors = (self.question_edit, self.answer_edit, self.acs_edit, self.reference_edit,
                   self.difficulty_combo)  # fmt: skip
        for label, editor, (text, name) in zip(self.labels, editors, texts, strict=True):
            label.setText(text)
            editor.setAccessibleName(name)
        self.acs_edit.setPlaceholderText(self.tr("e.g. PA.I.E.K1"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. 14 CFR 91.155, AIM 3-2-4"))
        for i in range(self.difficulty_combo.count()):
            self.difficulty_combo.setItemText(i, difficulty_label(i + 1))
        self.hint.setText(
            self.tr(
                "Question and answer may use simple HTML such as <b>bold</b>. Your review history and schedule are kept."  # noqa: E501 (one string for lupdate)
            )
        )
        self.retranslate_buttons()
