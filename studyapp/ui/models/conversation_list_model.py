"""The conversation list as a Qt model: one row per ConversationSummary, newest activity first."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.chat.queries import ConversationSummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ConversationSummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.topic or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        if role == SUMMARY_ROLE:
            return row
        return None

    def _spoken(self, row: ConversationSummary) -> str:
        text = row.title
        if row.unread:
            text += ", " + self.tr("%n unread", "", row.unread)
        if row.left:
            text += ", " + self.tr("you left")
        return text

    def set_conversations(self, rows: list[ConversationSummary]) -> None:
        if rows == self.rows:  # a poll with nothing new: keep selection and scrolling as they are
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))  # relative times
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, uuid: UUID | None) -> int:
        return next((n for n, row in enumerate(self.rows) if row.uuid == uuid), -1)

    def summary(self, uuid: UUID | None) -> ConversationSummary | None:
        row = self.row_of(uuid)
        return self.rows[row] if row >= 0 else None
