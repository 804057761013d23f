"""Writing or editing one's own oral question (origin "custom"), with errors beside the fields."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.errors import ValidationError
from studyapp.core.oral.authoring import QuestionDraft, add_question, update_question
from studyapp.core.oral.views import QuestionView
from studyapp.ui.context import ProfileSession
from studyapp.ui.widgets.oral_texts import acs_label, question_error
from studyapp.ui.widgets.retranslating import Retranslating

FIELDS = ("codes", "question", "answer", "key_points", "reference", "follow_ups", "difficulty")


def _lines(editor: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in editor.toPlainText().splitlines() if line.strip())


class OralQuestionDialog(Retranslating, QDialog):
    saved = Signal(object)  # QuestionView

    def __init__(
        self,
        session: ProfileSession,
        acs_id: str,
        question: QuestionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oralQuestionDialog")
        self.session, self.acs_id, self.original = session, acs_id, question
        self.editors: dict[str, Any] = {
            "codes": QLineEdit(self),
            "question": QPlainTextEdit(self),
            "answer": QPlainTextEdit(self),
            "key_points": QPlainTextEdit(self),
            "reference": QLineEdit(self),
            "follow_ups": QPlainTextEdit(self),
            "difficulty": QComboBox(self),
        }
        self.errors = {name: self._error_label(name) for name in FIELDS}
        self.labels = {name: QLabel(self) for name in FIELDS}
        self.form = QFormLayout()
        for name in FIELDS:
            editor = self.editors[name]
            editor.setObjectName(f"oralQuestion_{name}")
            cell = QVBoxLayout()
            cell.addWidget(editor)
            cell.addWidget(self.errors[name])
            self.form.addRow(self.labels[name], cell)
        self.editors["difficulty"].addItems(["1", "2", "3"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("oralQuestionButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        self._fill(question)
        self.retranslate()

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"oralQuestion_{field}Error")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def _fill(self, question: QuestionView | None) -> None:
        if question is None:
            self.editors["difficulty"].setCurrentIndex(1)
            return
        self.editors["codes"].setText(" ".join(question.codes))
        self.editors["question"].setPlainText(question.question)
        self.editors["answer"].setPlainText(question.answer)
        self.editors["key_points"].setPlainText("\n".join(question.key_points))
        self.editors["reference"].setText(question.reference)
        self.editors["follow_ups"].setPlainText("\n".join(question.follow_ups))
        self.editors["difficulty"].setCurrentIndex(question.difficulty - 1)

    def retranslate(self) -> None:
        title = self.tr("Edit my question") if self.original else self.tr("Write a question")
        self.setWindowTitle(title)
        self.heading.setText(f"{title} · {acs_label(self.acs_id)}")
        texts = {
            "codes": self.tr("ACS codes"),
            "question": self.tr("Question"),
            "answer": self.tr("Reference answer"),
            "key_points": self.tr("Key points (one a line)"),
            "reference": self.tr("Reference"),
            "follow_ups": self.tr("Follow-ups (one a line)"),
            "difficulty": self.tr("Difficulty (1 easy – 3 hard)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text)
        self.editors["codes"].setPlaceholderText(self.tr("e.g. PA.I.A.K1 PA.I.A.R2"))
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = self.buttons.button(which)
            button.setObjectName(f"oralQuestion{which.name}")
            button.setAccessibleName(button.text())

    def draft(self) -> QuestionDraft:
        e = self.editors
        return QuestionDraft(
            acs_id=self.acs_id,
            codes=tuple(e["codes"].text().split()),
            question=e["question"].toPlainText(),
            answer=e["answer"].toPlainText(),
            key_points=_lines(e["key_points"]),
            reference=e["reference"].text(),
            follow_ups=_lines(e["follow_ups"]),
            difficulty=e["difficulty"].currentIndex() + 1,
        )

    def save(self) -> None:
        self.buttons.setEnabled(False)
        db, draft = self.session.database, self.draft()
        if self.original is None:
            call, args = add_question, (db, draft)
        else:
            call, args = update_question, (db, self.original.question_id, draft)
        self.session.tasks.submit(
            call, *args, on_result=self._guard(self._saved), on_error=self._guard(self._failed)
        )

    def _guard(self, callback: Any) -> Any:
        def guarded(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return guarded

    def _saved(self, question: QuestionView) -> None:
        self.saved.emit(question)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationError) else {"question": "failed"}
        for name, label in self.errors.items():
            code = errors.get(name)
            label.setText(question_error(name, code) if code else "")
            label.setVisible(code is not None)
