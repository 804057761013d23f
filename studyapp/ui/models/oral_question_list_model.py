"""The questions a pilot or instructor wrote or imported, for the setup screen's list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.oral.views import QuestionView

Index = QModelIndex | QPersistentModelIndex


class QuestionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.questions: list[QuestionView] = []

    def set_questions(self, questions: list[QuestionView]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.endResetModel()

    def question(self, row: int) -> QuestionView | None:
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{question.codes[0]} · {question.question}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return question.answer
        return None
