"""The conversation list as a Qt model: one row per ConversationSummary, newest activity first."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt

from studyapp.core.chat.queries import ConversationSummary
from studyapp.ui.models.rows_model import ROW_ROLE, RowsListModel

SUMMARY_ROLE = ROW_ROLE


class ConversationListModel(RowsListModel[ConversationSummary]):
    def row_data(self, row: ConversationSummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.topic or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
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
        self.set_rows(rows)

    def row_of(self, uuid: UUID | None) -> int:
        return next((n for n, row in enumerate(self.rows) if row.uuid == uuid), -1)

    def summary(self, uuid: UUID | None) -> ConversationSummary | None:
        row = self.row_of(uuid)
        return self.rows[row] if row >= 0 else None
