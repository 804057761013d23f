"""Search results in messages as a Qt model: conversation, sender and the matching message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.chat.queries import MessageHit
from studyapp.ui.widgets.chat_texts import relative_time

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET = 120
Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MessageHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        hit = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            message = hit.message
            sender = self.tr("You") if message.mine else message.sender
            text = " ".join(message.content.split())
            if len(text) > SNIPPET:
                text = text[: SNIPPET - 1] + "…"
            when = relative_time(message.timestamp)
            return f"{hit.conversation_title} · {when}\n{sender}: {text}"
        if role == HIT_ROLE:
            return hit
        return None

    def set_hits(self, rows: list[MessageHit]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
